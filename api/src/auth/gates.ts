import { AGENCY_KINDS, OrgKind, Role } from '@cloudsword/shared';
import { hasAnyRole, type Viewer } from './viewer.js';

/**
 * Field gates: the coarse decision on every root field and field resolver, taken before any
 * data is read. Row-level scope (which leads, cases, nodes) is decided in the services'
 * queries through the scope functions in this folder.
 */
export enum Gate {
  /** Anyone, signed in or not: login, health. */
  PUBLIC = 'PUBLIC',
  /** Any active user. */
  SIGNED_IN = 'SIGNED_IN',
  /** Platform staff who refer leads. */
  PLATFORM_REFERRER = 'PLATFORM_REFERRER',
  /** Officers of an enforcement agency or the alliance secretariat. */
  AGENCY_STAFF = 'AGENCY_STAFF',
  /** Analysts and coordinators of the alliance secretariat, and system administrators: curate what the ring analysis ignores. */
  RING_CURATOR = 'RING_CURATOR',
  /** Whoever may start a ring analysis or change what it applies: agency staff and curators. */
  RING_JOB_READER = 'RING_JOB_READER',
  /** Organisation and system administrators. */
  ADMIN = 'ADMIN',
  /** System administrators only. */
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

const AGENCY_ROLES = [Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR, Role.COORDINATOR];

const DECISIONS: Record<Gate, (viewer: Viewer) => boolean> = {
  [Gate.PUBLIC]: () => true,
  [Gate.SIGNED_IN]: () => true,
  [Gate.PLATFORM_REFERRER]: (v) => v.orgKind === OrgKind.PLATFORM && hasAnyRole(v, [Role.REFERRER, Role.ORG_ADMIN]),
  [Gate.AGENCY_STAFF]: (v) =>
    (AGENCY_KINDS.includes(v.orgKind) || v.orgKind === OrgKind.ALLIANCE_SECRETARIAT) && hasAnyRole(v, AGENCY_ROLES),
  // The blocklist changes every agency's rings, so only the alliance-wide view may edit it.
  [Gate.RING_CURATOR]: (v) =>
    hasAnyRole(v, [Role.SYSTEM_ADMIN]) || (v.orgKind === OrgKind.ALLIANCE_SECRETARIAT && hasAnyRole(v, [Role.ANALYST, Role.COORDINATOR])),
  [Gate.RING_JOB_READER]: (v) => DECISIONS[Gate.AGENCY_STAFF](v) || DECISIONS[Gate.RING_CURATOR](v),
  [Gate.ADMIN]: (v) => hasAnyRole(v, [Role.ORG_ADMIN, Role.SYSTEM_ADMIN]),
  [Gate.SYSTEM_ADMIN]: (v) => hasAnyRole(v, [Role.SYSTEM_ADMIN]),
};

export type GateDecision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Deny by default: an unknown gate, or none, is FORBIDDEN. */
export function decideGate(gate: string | undefined, viewer: Viewer | null): GateDecision {
  if (gate === Gate.PUBLIC) return 'ALLOW';
  if (gate === undefined || !(gate in DECISIONS)) return 'FORBIDDEN';
  if (viewer === null) return 'UNAUTHENTICATED';
  return DECISIONS[gate as Gate](viewer) ? 'ALLOW' : 'FORBIDDEN';
}
