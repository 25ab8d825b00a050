import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NormalizedLead } from '@cloudsword/shared';
import type { Route } from './routing.js';
import { executeBound, jsonRows, uuidArray } from '../../database/sql-params.js';
import { insertRoutingGrants } from '../access/grant-store.js';

export interface LeadToWrite {
  lead: NormalizedLead;
  warnings: { field: string; reason: string }[];
  raw: unknown;
  routes: Route[];
}

export interface WrittenLead {
  id: string;
  externalId: string;
  created: boolean;
}

/**
 * Bulk writes of accepted leads inside the caller's transaction: one statement per table per
 * batch (unnest of arrays), so a batch of a thousand leads is a handful of round trips.
 */
export async function writeLeads(
  em: EntityManager,
  platformOrgId: string,
  items: LeadToWrite[],
  importJobId: string | null,
): Promise<WrittenLead[]> {
  if (items.length === 0) return [];
  const leadRows = items.map((i) => ({
    id: randomUUID(),
    external_id: i.lead.externalId,
    infringement_type: i.lead.infringementType,
    listing_url: i.lead.listingUrl,
    listing_title: i.lead.listingTitle,
    brands: i.lead.brands,
    risk_score: i.lead.riskScore,
    observed_at: i.lead.observedAt,
    estimated_value_yuan: i.lead.estimatedValueYuan,
    seller_account_id: i.lead.seller.accountId,
    shop_name: i.lead.seller.shopName,
    registration_name: i.lead.seller.registrationName,
    resident_id_hash: i.lead.seller.residentIdHash,
    resident_id_masked: i.lead.seller.residentIdMasked,
    notes: i.lead.notes,
    evidence: i.lead.evidence,
    warnings: i.warnings,
    raw_payload: i.raw,
    // Routed on arrival when an agency's jurisdiction covers it; written once, not updated after.
    status: i.routes.length > 0 ? 'ROUTED' : 'RECEIVED',
  }));
  const rows = await executeBound<{ id: string; external_id: string; created: boolean }>(
    em,
    `insert into lead (id, platform_org_id, external_id, infringement_type, listing_url, listing_title, brands,
        risk_score, observed_at, estimated_value_yuan, seller_account_id, shop_name, registration_name,
        resident_id_hash, resident_id_masked, notes, evidence, warnings, raw_payload, import_job_id, status)
     select t.id, ?::uuid, t.external_id, t.infringement_type, t.listing_url, t.listing_title,
        array(select jsonb_array_elements_text(t.brands)),
        t.risk_score, t.observed_at, t.estimated_value_yuan, t.seller_account_id, t.shop_name, t.registration_name,
        t.resident_id_hash, t.resident_id_masked, t.notes, t.evidence, t.warnings, t.raw_payload, ?::uuid, t.status
     from jsonb_to_recordset(?::jsonb) as t(id uuid, external_id text, infringement_type text, listing_url text,
        listing_title text, brands jsonb, risk_score real, observed_at timestamptz, estimated_value_yuan numeric,
        seller_account_id text, shop_name text, registration_name text, resident_id_hash text,
        resident_id_masked text, notes text, evidence jsonb, warnings jsonb, raw_payload jsonb, status text)
     on conflict (platform_org_id, external_id) do update set
        infringement_type = excluded.infringement_type, listing_url = excluded.listing_url,
        listing_title = excluded.listing_title, brands = excluded.brands, risk_score = excluded.risk_score,
        observed_at = excluded.observed_at, estimated_value_yuan = excluded.estimated_value_yuan,
        seller_account_id = excluded.seller_account_id, shop_name = excluded.shop_name,
        registration_name = excluded.registration_name, resident_id_hash = excluded.resident_id_hash,
        resident_id_masked = excluded.resident_id_masked, notes = excluded.notes, evidence = excluded.evidence,
        warnings = excluded.warnings, raw_payload = excluded.raw_payload,
        import_job_id = coalesce(excluded.import_job_id, lead.import_job_id),
        -- Routing only adds, so a lead still RECEIVED has no route yet: it is ROUTED if this one brings one.
        status = case when lead.status = 'RECEIVED' then excluded.status else lead.status end,
        status_changed_at = case when lead.status = 'RECEIVED' and excluded.status <> 'RECEIVED' then now() else lead.status_changed_at end,
        version = lead.version + 1, updated_at = now()
     returning id, external_id, (xmax = 0) as created`,
    [platformOrgId, importJobId, jsonRows(leadRows)],
  );
  const idByExternal = new Map(rows.map((r) => [r.external_id, r.id]));
  const ids = rows.map((r) => r.id);

  // A re-sent lead's identifiers are replaced; a new one has none yet, and probing the big
  // primary key for it costs more than the rest of the batch once the table is large.
  const resent = rows.filter((r) => !r.created).map((r) => r.id);
  if (resent.length > 0) await em.execute('delete from lead_identifier where lead_id = any(?::uuid[])', [uuidArray(resent)]);
  const idents = items.flatMap((i) =>
    i.lead.identifiers.map((d) => ({ leadId: idByExternal.get(i.lead.externalId)!, ...d })),
  );
  if (idents.length > 0) {
    await executeBound(
      em,
      `insert into lead_identifier (lead_id, kind, key, role, display, detail)
       select t.lead_id, t.kind, t.key, t.role, t.display, t.detail
       from jsonb_to_recordset(?::jsonb) as t(lead_id uuid, kind text, key text, role text, display text, detail jsonb)
       on conflict do nothing`,
      [jsonRows(idents.map((d) => ({ lead_id: d.leadId, kind: d.kind, key: d.key, role: d.role, display: d.display, detail: d.detail })))],
    );
  }

  await insertRoutingGrants(em, items.flatMap((i) => i.routes.map((r) => ({ leadId: idByExternal.get(i.lead.externalId)!, ...r }))));
  await enqueueProjection(em, ids);
  return rows.map((r) => ({ id: r.id, externalId: r.external_id, created: r.created }));
}

/** The transactional outbox: the projector applies these rows to Neo4j after commit. */
export async function enqueueProjection(em: EntityManager, leadIds: string[]): Promise<void> {
  if (leadIds.length === 0) return;
  await em.execute(
    `insert into outbox (topic, aggregate_id) select 'lead.upserted', id from unnest(?::uuid[]) as t(id)`,
    [uuidArray(leadIds)],
  );
}
