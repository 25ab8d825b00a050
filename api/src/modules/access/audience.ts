import type { EntityManager } from '@mikro-orm/postgresql';
import { CONTENT_LEVELS, leadReachOf, type LeadReach } from '@cloudsword/shared';
import type { Viewer } from '../../auth/viewer.js';
import type { Clock } from '../../clock.js';
import { textArray } from '../../database/sql-params.js';

/**
 * Who a request may see, computed once per request from the viewer (organisation, roles,
 * live grants) — the one input of every scope: `leadScopeSql`, `caseScopeSql` and
 * `graphVisibility` are adapters over it, never rules of their own.
 */
export interface Audience {
  viewer: Viewer;
  reach: LeadReach;
  /** The viewer's organisation and every organisation below it (bureaus of bureaus too). */
  orgIds: readonly string[];
  /**
   * Cases whose contents reach the audience now: led by one of `orgIds`, or shared with one of
   * them at FULL or above, live at `at` (not revoked, not expired, approved where needed).
   */
  contentCaseIds: readonly string[];
  /** The instant live grants were judged at (the request's clock). */
  at: Date;
}

/** SQL that a grant on a case is live at `?` (the audience's instant). */
export const LIVE_CASE_GRANT = `g.revoked_at is null and g.approval <> 'PENDING' and (g.expires_at is null or g.expires_at > ?::timestamptz)`;

const audiences = new WeakMap<Viewer, Promise<Audience>>();

/**
 * The audience of a viewer, computed once per viewer object (one per request). Platforms reach
 * only their own organisation and never case contents (DESIGN.md invariant 2).
 */
export function audienceOf(em: EntityManager, viewer: Viewer, clock: Clock): Promise<Audience> {
  let audience = audiences.get(viewer);
  if (!audience) {
    audience = loadAudience(em, viewer, clock.now());
    audiences.set(viewer, audience);
    audience.catch(() => audiences.delete(viewer));
  }
  return audience;
}

async function loadAudience(em: EntityManager, viewer: Viewer, at: Date): Promise<Audience> {
  const reach = leadReachOf(viewer);
  if (reach === 'OWN') return { viewer, reach, orgIds: [viewer.orgId], contentCaseIds: [], at };
  const [row] = await em.execute<{ orgs: string[]; cases: string[] }[]>(
    `with recursive tree as (
       select id from organisation where id = ?
       union select o.id from organisation o join tree t on o.parent_id = t.id)
     select array(select id::text from tree) as orgs,
            array(select c.id::text from case_file c where c.owner_org_id in (select id from tree)
                  union
                  select g.object_id::text from access_grant g
                  where g.object_kind = 'CASE' and g.grantee_org_id in (select id from tree)
                    and g.level = any(?::text[]) and ${LIVE_CASE_GRANT}) as cases`,
    [viewer.orgId, textArray(CONTENT_LEVELS), at.toISOString()],
  );
  return { viewer, reach, orgIds: row.orgs, contentCaseIds: row.cases, at };
}

/**
 * Each organisation with every organisation below it: what an alert or a notification sent to
 * an organisation may show, by the same rule as a request of one of its officers.
 */
export async function organisationTrees(em: EntityManager, orgIds: readonly string[]): Promise<Map<string, string[]>> {
  if (orgIds.length === 0) return new Map();
  const rows = await em.execute<{ root: string; id: string }[]>(
    `with recursive tree as (
       select id as root, id from organisation where id = any(?::uuid[])
       union select t.root, o.id from organisation o join tree t on o.parent_id = t.id)
     select root::text, id::text from tree`,
    [`{${orgIds.join(',')}}`],
  );
  const trees = new Map<string, string[]>(orgIds.map((id) => [id, []]));
  for (const r of rows) trees.get(r.root)?.push(r.id);
  return trees;
}
