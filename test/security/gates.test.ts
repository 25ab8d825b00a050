import { OrgKind, Role, type OrgId, type UserId } from '@cloudsword/shared';
import { decideGate, Gate } from '../../api/src/auth/gates';
import type { Viewer } from '../../api/src/auth/viewer';

const viewer = (orgKind: OrgKind, ...roles: Role[]): Viewer => ({
  userId: 'u' as UserId,
  orgId: 'o' as OrgId,
  orgKind,
  roles,
  provinceCode: '330000',
  cityCode: null,
});

describe('gate decisions', () => {
  it.each([
    [Gate.PUBLIC, null, 'ALLOW'],
    [Gate.SIGNED_IN, null, 'UNAUTHENTICATED'],
    [Gate.SIGNED_IN, viewer(OrgKind.PLATFORM, Role.REFERRER), 'ALLOW'],
    [Gate.PLATFORM_REFERRER, viewer(OrgKind.PLATFORM, Role.REFERRER), 'ALLOW'],
    [Gate.PLATFORM_REFERRER, viewer(OrgKind.POLICE, Role.REFERRER), 'FORBIDDEN'],
    [Gate.PLATFORM_REFERRER, viewer(OrgKind.PLATFORM, Role.ANALYST), 'FORBIDDEN'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.POLICE, Role.INVESTIGATOR), 'ALLOW'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.MARKET_REGULATION, Role.ANALYST), 'ALLOW'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.COORDINATOR), 'ALLOW'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.PLATFORM, Role.INVESTIGATOR), 'FORBIDDEN'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.RIGHTS_HOLDER, Role.INVESTIGATOR), 'FORBIDDEN'],
    [Gate.AGENCY_STAFF, viewer(OrgKind.POLICE, Role.ORG_ADMIN), 'FORBIDDEN'],
    [Gate.RING_CURATOR, null, 'UNAUTHENTICATED'],
    [Gate.RING_CURATOR, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.ANALYST), 'ALLOW'],
    [Gate.RING_CURATOR, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.COORDINATOR), 'ALLOW'],
    [Gate.RING_CURATOR, viewer(OrgKind.POLICE, Role.SYSTEM_ADMIN), 'ALLOW'],
    [Gate.RING_CURATOR, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.INVESTIGATOR), 'FORBIDDEN'],
    [Gate.RING_CURATOR, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.SUPERVISOR), 'FORBIDDEN'],
    [Gate.RING_CURATOR, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.ORG_ADMIN), 'FORBIDDEN'],
    [Gate.RING_CURATOR, viewer(OrgKind.POLICE, Role.ANALYST), 'FORBIDDEN'],
    [Gate.RING_CURATOR, viewer(OrgKind.MARKET_REGULATION, Role.COORDINATOR), 'FORBIDDEN'],
    [Gate.RING_CURATOR, viewer(OrgKind.PLATFORM, Role.ANALYST), 'FORBIDDEN'],
    [Gate.RING_JOB_READER, viewer(OrgKind.POLICE, Role.INVESTIGATOR), 'ALLOW'],
    [Gate.RING_JOB_READER, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.SYSTEM_ADMIN), 'ALLOW'],
    [Gate.RING_JOB_READER, viewer(OrgKind.PLATFORM, Role.ANALYST), 'FORBIDDEN'],
    [Gate.RING_JOB_READER, viewer(OrgKind.POLICE, Role.ORG_ADMIN), 'FORBIDDEN'],
    [Gate.RING_JOB_READER, null, 'UNAUTHENTICATED'],
    [Gate.ADMIN, viewer(OrgKind.POLICE, Role.INVESTIGATOR), 'FORBIDDEN'],
    [Gate.ADMIN, viewer(OrgKind.POLICE, Role.ORG_ADMIN), 'ALLOW'],
    [Gate.SYSTEM_ADMIN, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.ORG_ADMIN), 'FORBIDDEN'],
    ['NO_SUCH_GATE', viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.SYSTEM_ADMIN), 'FORBIDDEN'],
    [undefined, viewer(OrgKind.ALLIANCE_SECRETARIAT, Role.SYSTEM_ADMIN), 'FORBIDDEN'],
  ] as const)('%s for %j is %s', (gate, who, expected) => {
    expect(decideGate(gate, who)).toBe(expected);
  });
});
