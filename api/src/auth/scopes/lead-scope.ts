import { AGENCY_KINDS, OrgKind, Role } from '@cloudsword/shared';
import { hasAnyRole, type Viewer } from '../viewer.js';

/**
 * Which leads a viewer may see (DESIGN.md invariants 2 and 6):
 * - a platform: the leads it referred, nothing else;
 * - an agency: the leads routed to it or to its subordinate bureaus;
 * - the alliance secretariat's officers: every lead (alliance-wide picture);
 * - anyone else (rights holders, system administrators): none.
 */
export type LeadScope =
  | { kind: 'REFERRED_BY'; orgId: string }
  | { kind: 'ROUTED_TO'; orgId: string }
  | { kind: 'ALL' }
  | { kind: 'NONE' };

const OFFICER_ROLES = [Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR, Role.COORDINATOR];

export function leadScope(viewer: Viewer): LeadScope {
  if (viewer.orgKind === OrgKind.PLATFORM) return { kind: 'REFERRED_BY', orgId: viewer.orgId };
  if (!hasAnyRole(viewer, OFFICER_ROLES)) return { kind: 'NONE' };
  if (viewer.orgKind === OrgKind.ALLIANCE_SECRETARIAT) return { kind: 'ALL' };
  if (AGENCY_KINDS.includes(viewer.orgKind)) return { kind: 'ROUTED_TO', orgId: viewer.orgId };
  return { kind: 'NONE' };
}

/** The scope as a SQL predicate over a `lead` row aliased `alias`, with its parameters. */
export function leadScopeSql(scope: LeadScope, alias = 'l'): { sql: string; params: unknown[] } {
  switch (scope.kind) {
    case 'REFERRED_BY':
      return { sql: `${alias}.platform_org_id = ?`, params: [scope.orgId] };
    case 'ROUTED_TO':
      return {
        sql: `exists (select 1 from lead_route r join organisation o on o.id = r.org_id
                      where r.lead_id = ${alias}.id and (o.id = ? or o.parent_id = ?))`,
        params: [scope.orgId, scope.orgId],
      };
    case 'ALL':
      return { sql: 'true', params: [] };
    case 'NONE':
      return { sql: 'false', params: [] };
  }
}

/** Agencies (not platforms) see routing, the referring platform and may change a lead's status. */
export function isInvestigatingScope(scope: LeadScope): boolean {
  return scope.kind === 'ROUTED_TO' || scope.kind === 'ALL';
}
