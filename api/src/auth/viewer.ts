import type { OrgId, OrgKind, Role, UserId } from '@cloudsword/shared';

/** The subject of every service call: who acts, for which organisation, with which roles. */
export interface Viewer {
  userId: UserId;
  orgId: OrgId;
  orgKind: OrgKind;
  roles: readonly Role[];
  provinceCode: string | null;
  cityCode: string | null;
}

export function hasAnyRole(viewer: Viewer, roles: readonly Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}
