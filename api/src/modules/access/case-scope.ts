import { levelsReaching, ShareLevel } from '@cloudsword/shared';
import { alias, FALSE_SQL, type SqlFragment } from '../../database/sql-fragment.js';
import { textArray, uuidArray } from '../../database/sql-params.js';
import { LIVE_CASE_GRANT, type Audience } from './audience.js';

/**
 * The cases an audience reaches at `floor` or above, as a predicate over a `case_file` row
 * (DESIGN.md invariants 3 and 4): those its organisations lead, and those shared with them by
 * a live grant. Platforms reach none (invariant 2). Expiry is judged at the audience's instant,
 * so an expired share ends by itself.
 */
export function caseScopeSql(audience: Audience, floor: ShareLevel = ShareLevel.SUMMARY, caseAlias = 'c'): SqlFragment {
  const c = alias(caseAlias);
  if (audience.reach === 'OWN') return FALSE_SQL;
  return {
    sql: `(${c}.owner_org_id = any(?::uuid[]) or exists (select 1 from access_grant g
            where g.object_kind = 'CASE' and g.object_id = ${c}.id and g.grantee_org_id = any(?::uuid[])
              and g.level = any(?::text[]) and ${LIVE_CASE_GRANT}))`,
    params: [uuidArray(audience.orgIds), uuidArray(audience.orgIds), textArray(levelsReaching(floor)), audience.at.toISOString()],
  };
}

