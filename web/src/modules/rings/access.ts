import type { OrgKind, Role } from '../../generated/graphql';

// Mirrors the API's AGENCY_STAFF gate (api/src/auth/gates.ts): officers of an enforcement
// agency or of the alliance secretariat. The API decides; this only keeps the navigation from
// offering a page that would answer FORBIDDEN.
const RING_ORG_KINDS: ReadonlySet<OrgKind> = new Set<OrgKind>(['POLICE', 'MARKET_REGULATION', 'CUSTOMS', 'ALLIANCE_SECRETARIAT']);
const RING_ROLES: ReadonlySet<Role> = new Set<Role>(['INVESTIGATOR', 'ANALYST', 'SUPERVISOR', 'COORDINATOR']);

export interface RingViewer {
  roles: readonly Role[];
  organisation: { kind: OrgKind };
}

/** Whether the viewer's organisation and roles give access to the rings pages. */
export function maySeeRings(viewer: RingViewer): boolean {
  return RING_ORG_KINDS.has(viewer.organisation.kind) && viewer.roles.some((role) => RING_ROLES.has(role));
}
