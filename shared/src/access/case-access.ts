import { Role } from '../enums.js';
import { allowedMoves, CaseState, isFinished } from './case-states.js';
import { reaches, ShareLevel, strongest } from './levels.js';

/** How a viewer reaches one case: as (or above) its lead agency, through a live share, or not at all. */
export type CaseAccess = 'OWNER' | ShareLevel;

/** The viewer's access from ownership and the levels of its live shares; null when it has none. */
export function caseAccessOf(owns: boolean, liveLevels: readonly ShareLevel[]): CaseAccess | null {
  if (owns) return 'OWNER';
  return liveLevels.length ? liveLevels.reduce(strongest) : null;
}

/** True when the access reaches at least `floor` (the owner reaches everything). */
export function accessReaches(access: CaseAccess | null, floor: ShareLevel): boolean {
  return access !== null && (access === 'OWNER' || reaches(access, floor));
}

/** What a viewer may do on one case; the workspace shows exactly these. */
export enum CaseCapability {
  READ_SUMMARY = 'READ_SUMMARY',
  READ_CONTENTS = 'READ_CONTENTS',
  ADD_NOTE = 'ADD_NOTE',
  RECORD_ACTION = 'RECORD_ACTION',
  LINK = 'LINK',
  EDIT = 'EDIT',
  MOVE = 'MOVE',
  SHARE = 'SHARE',
}

const WORKER_ROLES = [Role.INVESTIGATOR, Role.ANALYST, Role.SUPERVISOR];

export function caseCapabilities(access: CaseAccess | null, roles: readonly Role[], state: CaseState): CaseCapability[] {
  if (access === null) return [];
  const caps = [CaseCapability.READ_SUMMARY];
  if (!accessReaches(access, ShareLevel.FULL)) return caps;
  caps.push(CaseCapability.READ_CONTENTS);
  const worker = roles.some((r) => WORKER_ROLES.includes(r));
  if (worker && accessReaches(access, ShareLevel.CONTRIBUTE)) {
    caps.push(CaseCapability.ADD_NOTE);
    if (!isFinished(state)) caps.push(CaseCapability.RECORD_ACTION, CaseCapability.LINK);
  }
  const leads = accessReaches(access, ShareLevel.CO_LEAD);
  if (worker && leads) caps.push(CaseCapability.EDIT);
  if (allowedMoves(state, { access, roles }).length > 0) caps.push(CaseCapability.MOVE);
  if (leads && (roles.includes(Role.INVESTIGATOR) || roles.includes(Role.SUPERVISOR))) caps.push(CaseCapability.SHARE);
  return caps;
}
