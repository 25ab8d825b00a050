import { AGENCY_KINDS, OrgKind, Role } from '../enums.js';

/**
 * How far a viewer's sight of leads and of the graph reaches (DESIGN.md invariants 2 and 6):
 * - `OWN`: a platform sees the leads it referred, nothing else;
 * - `GRANTED`: an agency officer sees the leads granted to their organisation or to the
 *   bureaus below it (routing), and those of cases whose contents reach them;
 * - `ALL`: the alliance secretariat's officers see every lead (the alliance-wide picture);
 * - `NONE`: anyone else (rights holders, administrators without an officer role).
 */
export type LeadReach = 'OWN' | 'GRANTED' | 'ALL' | 'NONE';

export const OFFICER_ROLES: readonly Role[] = [Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR, Role.COORDINATOR];

export interface Subject {
  orgKind: OrgKind;
  roles: readonly Role[];
}

export const hasRole = (subject: Subject, roles: readonly Role[]): boolean => subject.roles.some((r) => roles.includes(r));

export function leadReachOf(subject: Subject): LeadReach {
  if (subject.orgKind === OrgKind.PLATFORM) return 'OWN';
  if (!hasRole(subject, OFFICER_ROLES)) return 'NONE';
  if (subject.orgKind === OrgKind.ALLIANCE_SECRETARIAT) return 'ALL';
  if (AGENCY_KINDS.includes(subject.orgKind)) return 'GRANTED';
  return 'NONE';
}
