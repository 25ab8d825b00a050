import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, type IdentifierKind } from '@cloudsword/shared';
import type { LeadGraphRecord } from '@cloudsword/graph';
import { uuidArray } from '../../database/sql-params.js';
import { leadPrincipals } from '../access/grant-store.js';

/** Loads leads as the projector needs them: three queries for any number of leads. */
export async function loadLeadGraphRecords(em: EntityManager, leadIds: string[]): Promise<LeadGraphRecord[]> {
  if (leadIds.length === 0) return [];
  const ids = uuidArray(leadIds);
  const leads = await em.execute<
    {
      id: string;
      platform: string;
      platform_org_id: string;
      external_id: string;
      status: string;
      infringement_type: string;
      brands: string[];
      observed_at: string | Date;
      estimated_value_yuan: string | null;
      risk_score: number | null;
      seller_account_id: string;
      shop_name: string | null;
      registration_name: string | null;
    }[]
  >(
    `select l.id, o.code as platform, l.platform_org_id, l.external_id, l.status, l.infringement_type, l.brands,
            l.observed_at, l.estimated_value_yuan, l.risk_score, l.seller_account_id, l.shop_name, l.registration_name
     from lead l join organisation o on o.id = l.platform_org_id where l.id = any(?::uuid[]) order by l.id`,
    [ids],
  );
  const identifiers = await em.execute<
    { lead_id: string; kind: IdentifierKind; key: string; role: string; display: string; detail: Record<string, unknown> }[]
  >(`select lead_id, kind, key, role, display, detail from lead_identifier where lead_id = any(?::uuid[])`, [ids]);
  const principals = await leadPrincipals(em, leads.map((l) => ({ id: l.id, platformOrgId: l.platform_org_id })));

  const identsByLead = groupBy(identifiers, (i) => i.lead_id);
  return leads.map((l) => ({
    id: l.id,
    platform: l.platform,
    platformOrgId: l.platform_org_id,
    externalId: l.external_id,
    status: l.status,
    infringementType: l.infringement_type,
    brands: l.brands,
    observedAt: new Date(l.observed_at).toISOString(),
    estimatedValueYuan: l.estimated_value_yuan === null ? null : Number(l.estimated_value_yuan),
    riskScore: l.risk_score,
    visibleTo: principals.get(l.id) ?? [l.platform_org_id],
    seller: { accountId: l.seller_account_id, shopName: l.shop_name, registrationName: l.registration_name },
    identifiers: (identsByLead.get(l.id) ?? []).map((i) => ({
      kind: i.kind,
      key: i.key,
      role: i.role,
      display: i.display,
      detail: i.detail,
    })),
  }));
}
