import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, type IdentifierKind, type InfringementType, type LeadStatus, type OrgKind } from '@cloudsword/shared';
import { uuidArray } from '../../database/sql-params.js';
import { OrganisationView } from '../organisations/organisation.types.js';
import type { LeadView } from './lead.types.js';
import { leadGrantees, type LeadGrantee } from '../access/grant-store.js';

export interface LeadRow {
  id: string;
  platform_org_id: string;
  external_id: string;
  status: LeadStatus;
  status_changed_at: string | Date;
  infringement_type: InfringementType;
  listing_url: string | null;
  listing_title: string | null;
  brands: string[];
  risk_score: number | null;
  observed_at: string | Date;
  estimated_value_yuan: string | null;
  seller_account_id: string;
  shop_name: string | null;
  registration_name: string | null;
  resident_id_masked: string | null;
  notes: string | null;
  evidence: { kind: string; description: string | null; sha256: string }[];
  warnings: { field: string; reason: string }[];
  version: number;
  received_at: string | Date;
  updated_at: string | Date;
}

export const LEAD_COLUMNS = `l.id, l.platform_org_id, l.external_id, l.status, l.status_changed_at, l.infringement_type, l.listing_url,
  l.listing_title, l.brands, l.risk_score, l.observed_at, l.estimated_value_yuan, l.seller_account_id, l.shop_name,
  l.registration_name, l.resident_id_masked, l.notes, l.evidence, l.warnings, l.version, l.received_at, l.updated_at`;

interface OrgRow {
  id: string;
  name: string;
  kind: OrgKind;
  province_code: string | null;
  city_code: string | null;
}

const orgView = (o: OrgRow) =>
  OrganisationView.from({ id: o.id, name: o.name, kind: o.kind, provinceCode: o.province_code, cityCode: o.city_code } as never);

/**
 * Turns a page of lead rows into views with three batched queries (identifiers, routes,
 * platforms), never one per lead. Routing and the platform are shown only to investigators.
 */
export async function toLeadViews(em: EntityManager, rows: LeadRow[], investigator: boolean): Promise<LeadView[]> {
  if (rows.length === 0) return [];
  const ids = uuidArray(rows.map((r) => r.id));
  const identifiers = await em.execute<{ lead_id: string; kind: IdentifierKind; display: string; role: string }[]>(
    `select lead_id, kind, display, role from lead_identifier where lead_id = any(?::uuid[]) order by kind, key`,
    [ids],
  );
  const routes = investigator ? await leadGrantees(em, rows.map((r) => r.id)) : new Map<string, LeadGrantee[]>();
  const platforms = investigator
    ? await em.execute<OrgRow[]>(`select id, name, kind, province_code, city_code from organisation where id = any(?::uuid[])`, [
        uuidArray([...new Set(rows.map((r) => r.platform_org_id))]),
      ])
    : [];
  const platformById = new Map(platforms.map((p) => [p.id, orgView(p)]));
  const identifiersByLead = groupBy(identifiers, (i) => i.lead_id);

  return rows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    status: r.status,
    statusChangedAt: new Date(r.status_changed_at),
    infringementType: r.infringement_type,
    listingUrl: r.listing_url,
    listingTitle: r.listing_title,
    brands: r.brands,
    riskScore: r.risk_score,
    observedAt: new Date(r.observed_at),
    estimatedValueYuan: r.estimated_value_yuan === null ? null : Number(r.estimated_value_yuan),
    seller: {
      accountId: r.seller_account_id,
      shopName: r.shop_name,
      registrationName: r.registration_name,
      residentIdMasked: r.resident_id_masked,
    },
    identifiers: (identifiersByLead.get(r.id) ?? []).map((i) => ({ kind: i.kind, display: i.display, role: i.role })),
    evidence: r.evidence,
    notes: r.notes,
    warnings: r.warnings,
    version: r.version,
    receivedAt: new Date(r.received_at),
    updatedAt: new Date(r.updated_at),
    platform: investigator ? platformById.get(r.platform_org_id) ?? null : null,
    routedTo: investigator ? (routes.get(r.id) ?? []).map((g) => orgView({ id: g.orgId, name: g.name, kind: g.kind, province_code: g.provinceCode, city_code: g.cityCode })) : null,
  }));
}
