import type { OrgKind, Role } from '../../generated/graphql';

// Mirrors the API's RING_CURATOR gate (api/src/auth/gates.ts): the blocklist changes every
// agency's rings, so only the secretariat's analysts and coordinators, and system
// administrators, read or edit it. The API decides; this only keeps the navigation from
// offering a page that would answer FORBIDDEN.
const CURATOR_ROLES: ReadonlySet<Role> = new Set<Role>(['ANALYST', 'COORDINATOR']);

export interface CuratorViewer {
  roles: readonly Role[];
  organisation: { kind: OrgKind };
}

/** Whether the viewer may read and change the ring blocklist. */
export function mayCurateRings(viewer: CuratorViewer): boolean {
  if (viewer.roles.includes('SYSTEM_ADMIN')) return true;
  return viewer.organisation.kind === 'ALLIANCE_SECRETARIAT' && viewer.roles.some((role) => CURATOR_ROLES.has(role));
}
