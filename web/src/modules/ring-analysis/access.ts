import type { OrgKind, Role } from '../../generated/graphql';

// Mirrors the API: startRingAnalysis is behind the AGENCY_STAFF gate (api/src/auth/gates.ts)
// and RingService.startAnalysis then asks for a coordinator, analyst or supervisor, all of them
// agency roles. The API decides; this only keeps the rings page from offering a button that
// would answer FORBIDDEN.
const ANALYSIS_ORG_KINDS: ReadonlySet<OrgKind> = new Set<OrgKind>(['POLICE', 'MARKET_REGULATION', 'CUSTOMS', 'ALLIANCE_SECRETARIAT']);
const ANALYSIS_ROLES: ReadonlySet<Role> = new Set<Role>(['COORDINATOR', 'ANALYST', 'SUPERVISOR']);

export interface AnalysisViewer {
  roles: readonly Role[];
  organisation: { kind: OrgKind };
}

/** Whether the viewer may start a full ring analysis. */
export function mayStartAnalysis(viewer: AnalysisViewer): boolean {
  return ANALYSIS_ORG_KINDS.has(viewer.organisation.kind) && viewer.roles.some((role) => ANALYSIS_ROLES.has(role));
}
