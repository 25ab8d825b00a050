import { AGENCY_KINDS, OrgKind } from '../enums.js';
import type { CaseAccess } from './case-access.js';
import { Marking, reaches, ShareLevel } from './levels.js';

export interface ShareRequest {
  marking: Marking;
  level: ShareLevel;
  /** The lead agency's province (GB/T 2260), which "outside the owning province" is measured from. */
  ownerProvince: string | null;
  ownerOrgId: string;
  grantee: { id: string; kind: OrgKind; provinceCode: string | null };
  /** How the person sharing reaches the case: they cannot give more than they hold. */
  grantorAccess: CaseAccess;
  /** A supervisor of the lead agency approved a share that the marking would otherwise cap. */
  supervisorApproved: boolean;
  expiresAt: Date | null;
  now: Date;
}

export type ShareCheck = { ok: true } | { ok: false; field: string; reason: string };

const refuse = (field: string, reason: string): ShareCheck => ({ ok: false, field, reason });

/**
 * Whether a case share may be granted (DESIGN.md invariants 2–4). Markings cap shares:
 * CONFIDENTIAL never goes to a platform or a rights holder, and outside the owning province only
 * at SUMMARY unless a supervisor of the lead agency approves; RESTRICTED never goes to a
 * platform. Platforms never receive case contents at all (invariant 2); rights holders at most
 * a SUMMARY (they authenticate goods through tasks, without the rest of the case).
 */
export function checkShare(r: ShareRequest): ShareCheck {
  if (r.grantee.id === r.ownerOrgId) return refuse('granteeOrgId', 'is the lead agency of this case');
  if (r.expiresAt !== null && r.expiresAt.getTime() <= r.now.getTime()) return refuse('expiresAt', 'must be in the future');
  if (r.grantorAccess !== 'OWNER' && !reaches(r.grantorAccess, r.level)) {
    return refuse('level', `you hold ${r.grantorAccess} and cannot give more`);
  }
  const kind = r.grantee.kind;
  if (kind === OrgKind.PLATFORM) {
    return refuse('granteeOrgId', 'platforms never see case contents; ask them through a task instead');
  }
  if (kind === OrgKind.RIGHTS_HOLDER) {
    if (r.marking === Marking.CONFIDENTIAL) return refuse('granteeOrgId', 'a CONFIDENTIAL case never goes to a rights holder');
    if (r.level !== ShareLevel.SUMMARY) return refuse('level', 'a rights holder receives at most a SUMMARY');
  }
  if (!AGENCY_KINDS.includes(kind) && kind !== OrgKind.ALLIANCE_SECRETARIAT && kind !== OrgKind.RIGHTS_HOLDER) {
    return refuse('granteeOrgId', `cases are not shared with ${kind} organisations`);
  }
  const outside = r.grantee.provinceCode === null || r.grantee.provinceCode !== r.ownerProvince;
  if (r.marking === Marking.CONFIDENTIAL && outside && r.level !== ShareLevel.SUMMARY && !r.supervisorApproved) {
    return refuse('level', 'a CONFIDENTIAL case goes outside its province only at SUMMARY unless a supervisor of the lead agency approves');
  }
  return { ok: true };
}
