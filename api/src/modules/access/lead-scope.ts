import { alias, FALSE_SQL, TRUE_SQL, type SqlFragment } from '../../database/sql-fragment.js';
import { uuidArray } from '../../database/sql-params.js';
import type { Audience } from './audience.js';

/**
 * The leads an audience may see, as a predicate over a `lead` row (DESIGN.md invariants 2, 3
 * and 6): a platform its own; an agency those granted to it or to a bureau below it (routing),
 * and those linked to a case whose contents reach it; the secretariat's officers all.
 * Lead grants never expire by themselves (a CHECK says so), so only revocation is tested.
 */
export function leadScopeSql(audience: Audience, leadAlias = 'l'): SqlFragment {
  const l = alias(leadAlias);
  switch (audience.reach) {
    case 'ALL':
      return TRUE_SQL;
    case 'NONE':
      return FALSE_SQL;
    case 'OWN':
      return { sql: `${l}.platform_org_id = ?`, params: [audience.viewer.orgId] };
    case 'GRANTED': {
      const granted = `exists (select 1 from access_grant lg where lg.object_kind = 'LEAD' and lg.object_id = ${l}.id
                         and lg.grantee_org_id = any(?::uuid[]) and lg.revoked_at is null)`;
      if (audience.contentCaseIds.length === 0) return { sql: granted, params: [uuidArray(audience.orgIds)] };
      return {
        sql: `(${granted} or exists (select 1 from case_lead cl where cl.lead_id = ${l}.id and cl.case_id = any(?::uuid[])))`,
        params: [uuidArray(audience.orgIds), uuidArray(audience.contentCaseIds)],
      };
    }
  }
}

/** Agencies and the secretariat (not platforms) see a lead's routing and referring platform, and work it. */
export function worksLeads(audience: Audience): boolean {
  return audience.reach === 'GRANTED' || audience.reach === 'ALL';
}
