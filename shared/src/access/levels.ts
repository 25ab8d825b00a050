/** How far a case share reaches (DESIGN.md invariant 3), weakest first. */
export enum ShareLevel {
  /** Existence, title, state, lead agency and contact point. */
  SUMMARY = 'SUMMARY',
  /** Read everything, including the linked leads and entities. */
  FULL = 'FULL',
  /** FULL, and add notes and enforcement actions. */
  CONTRIBUTE = 'CONTRIBUTE',
  /** CONTRIBUTE, and move the case through its states and share it. */
  CO_LEAD = 'CO_LEAD',
}

const RANK: Record<ShareLevel, number> = {
  [ShareLevel.SUMMARY]: 1,
  [ShareLevel.FULL]: 2,
  [ShareLevel.CONTRIBUTE]: 3,
  [ShareLevel.CO_LEAD]: 4,
};

/** True when `level` reaches at least as far as `floor`. */
export function reaches(level: ShareLevel, floor: ShareLevel): boolean {
  return RANK[level] >= RANK[floor];
}

/** The further-reaching of two levels. */
export function strongest(a: ShareLevel, b: ShareLevel): ShareLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The levels that open a case's contents (its leads and entities reach the grantee through them). */
export const CONTENT_LEVELS: readonly ShareLevel[] = [ShareLevel.FULL, ShareLevel.CONTRIBUTE, ShareLevel.CO_LEAD];

/** Sensitivity marking of a case (DESIGN.md invariant 4): it caps what any share may give. */
export enum Marking {
  ALLIANCE = 'ALLIANCE',
  RESTRICTED = 'RESTRICTED',
  CONFIDENTIAL = 'CONFIDENTIAL',
}

/** What a grant is on. */
export enum GrantObject {
  LEAD = 'LEAD',
  CASE = 'CASE',
}

/** Why a grant exists: routing of a lead by intake, or a share given by a person. */
export enum GrantSource {
  ROUTING = 'ROUTING',
  SHARE = 'SHARE',
}

/** The one level of a lead grant: the agencies a lead is routed to work it. */
export const LEAD_ROUTED = 'ROUTED';

/** Every level that reaches at least `floor`. */
export function levelsReaching(floor: ShareLevel): ShareLevel[] {
  return (Object.keys(RANK) as ShareLevel[]).filter((l) => RANK[l] >= RANK[floor]);
}
