import { Role } from '../enums.js';
import type { CaseAccess } from './case-access.js';
import { ShareLevel } from './levels.js';

/** A case's life (issue #9): forward through the work, or declined early; reopened by a supervisor. */
export enum CaseState {
  OPEN = 'OPEN',
  INVESTIGATING = 'INVESTIGATING',
  ENFORCEMENT = 'ENFORCEMENT',
  PROSECUTION = 'PROSECUTION',
  CLOSED = 'CLOSED',
  DECLINED = 'DECLINED',
}

/**
 * Every move a case may make. Administrative cases (market regulation) end with a penalty and
 * never reach prosecution, so ENFORCEMENT may close directly.
 */
const MOVES: Record<CaseState, readonly CaseState[]> = {
  [CaseState.OPEN]: [CaseState.INVESTIGATING, CaseState.DECLINED],
  [CaseState.INVESTIGATING]: [CaseState.ENFORCEMENT, CaseState.DECLINED],
  [CaseState.ENFORCEMENT]: [CaseState.PROSECUTION, CaseState.CLOSED],
  [CaseState.PROSECUTION]: [CaseState.CLOSED],
  [CaseState.CLOSED]: [CaseState.INVESTIGATING],
  [CaseState.DECLINED]: [CaseState.INVESTIGATING],
};

export const isFinished = (state: CaseState): boolean => state === CaseState.CLOSED || state === CaseState.DECLINED;

/** Moves that need a supervisor: ending a case either way, and taking it up again. */
function needsSupervisor(from: CaseState, to: CaseState): boolean {
  return to === CaseState.CLOSED || to === CaseState.DECLINED || isFinished(from);
}

/** What a move must carry besides the target state. */
export function requiredForMove(from: CaseState, to: CaseState): 'OUTCOME' | 'REASON' | null {
  if (to === CaseState.CLOSED) return 'OUTCOME';
  if (to === CaseState.DECLINED || isFinished(from)) return 'REASON';
  return null;
}

export interface Mover {
  access: CaseAccess;
  roles: readonly Role[];
}

const leads = (m: Mover) => m.access === 'OWNER' || m.access === ShareLevel.CO_LEAD;
const isSupervisor = (m: Mover) => m.roles.includes(Role.SUPERVISOR);
const isInvestigator = (m: Mover) => m.roles.includes(Role.INVESTIGATOR) || isSupervisor(m);

/** The states this person may move a case to from `from` (what the workspace offers). */
export function allowedMoves(from: CaseState, mover: Mover): CaseState[] {
  if (!leads(mover)) return [];
  return MOVES[from].filter((to) => (needsSupervisor(from, to) ? isSupervisor(mover) : isInvestigator(mover)));
}

export type MoveCheck =
  | { ok: true }
  | { ok: false; kind: 'ILLEGAL'; reason: string; allowed: CaseState[] }
  | { ok: false; kind: 'FORBIDDEN'; reason: string };

/**
 * Whether a move is legal at all (else ILLEGAL, naming the states reachable from here) and
 * whether this person may make it (else FORBIDDEN, saying who may).
 */
export function checkMove(from: CaseState, to: CaseState, mover: Mover): MoveCheck {
  if (!MOVES[from].includes(to)) {
    const allowed = [...MOVES[from]];
    return { ok: false, kind: 'ILLEGAL', reason: `a ${from} case can move to ${allowed.join(' or ')}, not ${to}`, allowed };
  }
  if (!leads(mover)) return { ok: false, kind: 'FORBIDDEN', reason: 'only the lead agency or a co-lead moves a case' };
  if (needsSupervisor(from, to) && !isSupervisor(mover)) {
    return { ok: false, kind: 'FORBIDDEN', reason: `only a supervisor may move a ${from} case to ${to}` };
  }
  if (!isInvestigator(mover)) return { ok: false, kind: 'FORBIDDEN', reason: 'only investigators and supervisors move a case' };
  return { ok: true };
}
