import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, type OrgKind } from '@cloudsword/shared';
import { executeBound, jsonRows, uuidArray } from '../../database/sql-params.js';

export interface RoutingGrant {
  leadId: string;
  orgId: string;
  reason: string;
}

/**
 * Grants routing makes, in the caller's transaction: one statement for a whole batch (the
 * intake hot path). Routing only adds: an agency that already holds a lead keeps it.
 */
export async function insertRoutingGrants(em: EntityManager, grants: readonly RoutingGrant[]): Promise<void> {
  if (grants.length === 0) return;
  await executeBound(
    em,
    `insert into access_grant (object_kind, object_id, grantee_org_id, level, source, reason)
     select 'LEAD', t.lead_id, t.org_id, 'ROUTED', 'ROUTING', t.reason
     from jsonb_to_recordset(?::jsonb) as t(lead_id uuid, org_id uuid, reason text)
     on conflict (object_kind, object_id, grantee_org_id) where revoked_at is null do nothing`,
    [jsonRows(grants.map((g) => ({ lead_id: g.leadId, org_id: g.orgId, reason: g.reason })))],
  );
}

export interface LeadGrantee {
  leadId: string;
  orgId: string;
  kind: OrgKind;
  name: string;
  code: string;
  provinceCode: string | null;
  cityCode: string | null;
}

/** The organisations holding a live grant on each of these leads, by lead, in code order. */
export async function leadGrantees(em: EntityManager, leadIds: readonly string[]): Promise<Map<string, LeadGrantee[]>> {
  if (leadIds.length === 0) return new Map();
  const rows = await em.execute<{ lead_id: string; org_id: string; kind: OrgKind; name: string; code: string; province_code: string | null; city_code: string | null }[]>(
    `select g.object_id as lead_id, o.id as org_id, o.kind, o.name, o.code, o.province_code, o.city_code
     from access_grant g join organisation o on o.id = g.grantee_org_id
     where g.object_kind = 'LEAD' and g.object_id = any(?::uuid[]) and g.revoked_at is null
     order by o.code`,
    [uuidArray(leadIds)],
  );
  return groupBy(
    rows.map((r) => ({ leadId: r.lead_id, orgId: r.org_id, kind: r.kind, name: r.name, code: r.code, provinceCode: r.province_code, cityCode: r.city_code })),
    (g) => g.leadId,
  );
}

/**
 * Who may see each lead in the graph (its Lead node's `visibleTo`): the referring platform, the
 * organisations holding a live grant, and the cases it is linked to (whose contents reach
 * whoever the case reaches, decided per request).
 */
export async function leadPrincipals(em: EntityManager, leads: readonly { id: string; platformOrgId: string }[]): Promise<Map<string, string[]>> {
  const ids = uuidArray(leads.map((l) => l.id));
  const rows = leads.length
    ? await em.execute<{ lead_id: string; principal: string }[]>(
        `select object_id::text as lead_id, grantee_org_id::text as principal from access_grant
         where object_kind = 'LEAD' and object_id = any(?::uuid[]) and revoked_at is null
         union all
         select lead_id::text, case_id::text from case_lead where lead_id = any(?::uuid[])`,
        [ids, ids],
      )
    : [];
  const byLead = groupBy(rows, (r) => r.lead_id);
  return new Map(leads.map((l) => [l.id, [l.platformOrgId, ...(byLead.get(l.id) ?? []).map((r) => r.principal)]]));
}
