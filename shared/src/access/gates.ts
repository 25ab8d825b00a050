import { AGENCY_KINDS, OrgKind, Role } from '../enums.js';
import { hasRole, OFFICER_ROLES, type Subject } from './lead-reach.js';

/**
 * Field gates: the coarse decision on every root field and field resolver, taken before any
 * data is read. What a viewer passes is also what `me.capabilities` tells the web app, so the
 * app never re-derives permissions from roles. Row-level reach (which leads, cases, nodes) is
 * decided by the audience (see `leadReachOf` and the api's access module).
 */
export enum Gate {
  /** Anyone, signed in or not: login, health. */
  PUBLIC = 'PUBLIC',
  /** Any active user. */
  SIGNED_IN = 'SIGNED_IN',
  /** Platform staff who refer leads. */
  PLATFORM_REFERRER = 'PLATFORM_REFERRER',
  /** Officers of an enforcement agency or the alliance secretariat: leads, graph, rings, cases they can reach. */
  AGENCY_STAFF = 'AGENCY_STAFF',
  /** Officers of an enforcement agency (police, market regulation, customs): open and work cases. */
  CASE_WORKER = 'CASE_WORKER',
  /** Coordinators, analysts and supervisors among agency staff: start a full ring analysis. */
  RING_ANALYST = 'RING_ANALYST',
  /** Analysts and coordinators of the alliance secretariat, and system administrators: curate what the ring analysis ignores. */
  RING_CURATOR = 'RING_CURATOR',
  /** Whoever may follow a ring analysis job: agency staff and curators. */
  RING_JOB_READER = 'RING_JOB_READER',
  /** Organisation and system administrators. */
  ADMIN = 'ADMIN',
  /** System administrators only. */
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

const CASE_ROLES = [Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR];

const RULES: Record<Gate, (s: Subject) => boolean> = {
  [Gate.PUBLIC]: () => true,
  [Gate.SIGNED_IN]: () => true,
  [Gate.PLATFORM_REFERRER]: (s) => s.orgKind === OrgKind.PLATFORM && hasRole(s, [Role.REFERRER, Role.ORG_ADMIN]),
  [Gate.AGENCY_STAFF]: (s) => (AGENCY_KINDS.includes(s.orgKind) || s.orgKind === OrgKind.ALLIANCE_SECRETARIAT) && hasRole(s, OFFICER_ROLES),
  [Gate.CASE_WORKER]: (s) => AGENCY_KINDS.includes(s.orgKind) && hasRole(s, CASE_ROLES),
  [Gate.RING_ANALYST]: (s) => RULES[Gate.AGENCY_STAFF](s) && hasRole(s, [Role.COORDINATOR, Role.ANALYST, Role.SUPERVISOR]),
  // The blocklist changes every agency's rings, so only the alliance-wide view may edit it.
  [Gate.RING_CURATOR]: (s) =>
    hasRole(s, [Role.SYSTEM_ADMIN]) || (s.orgKind === OrgKind.ALLIANCE_SECRETARIAT && hasRole(s, [Role.ANALYST, Role.COORDINATOR])),
  [Gate.RING_JOB_READER]: (s) => RULES[Gate.AGENCY_STAFF](s) || RULES[Gate.RING_CURATOR](s),
  [Gate.ADMIN]: (s) => hasRole(s, [Role.ORG_ADMIN, Role.SYSTEM_ADMIN]),
  [Gate.SYSTEM_ADMIN]: (s) => hasRole(s, [Role.SYSTEM_ADMIN]),
};

export type GateDecision = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** Deny by default: an unknown gate, or none, is FORBIDDEN. */
export function decideGate(gate: string | undefined, subject: Subject | null): GateDecision {
  if (gate === Gate.PUBLIC) return 'ALLOW';
  if (gate === undefined || !(gate in RULES)) return 'FORBIDDEN';
  if (subject === null) return 'UNAUTHENTICATED';
  return RULES[gate as Gate](subject) ? 'ALLOW' : 'FORBIDDEN';
}

/** The gates a signed-in subject passes, beyond the ones everyone passes: what the viewer may do. */
export function capabilitiesOf(subject: Subject): Gate[] {
  return (Object.values(Gate) as Gate[]).filter((g) => g !== Gate.PUBLIC && g !== Gate.SIGNED_IN && RULES[g](subject));
}
