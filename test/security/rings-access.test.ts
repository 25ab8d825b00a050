import { OrgKind, Role } from '@cloudsword/shared';
import { startTestApp, type TestApp } from '../support/app';
import { codes, gql } from '../support/graphql-client';
import { runTag } from '../support/leads';
import {
  analyseAll,
  ANALYSIS_JOB,
  cleanGraph,
  freshIdentifiers,
  listRings,
  officer,
  platformUser,
  refer,
  RING,
  RINGS,
  sellerReferral,
  START_ANALYSIS,
  testDriver,
  waitForRings,
  type RingNode,
} from '../integration/rings/ring-support';

// DESIGN.md invariant 6 for rings: nothing derived only from leads the viewer cannot see — no
// member, identifier, count, score factor, history entry, node or edge. A platform sees no
// rings at all; an agency sees a ring only through the member edges its routed leads assert.
describe('who may see which ring, and how much of it', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();
  const code = `RA-${tag}`;
  const driver = testDriver();
  const key = (account: string) => `${code}:${account}`;
  const tokens: Record<string, string> = {};
  const f1 = freshIdentifiers('putian');
  const f2 = freshIdentifiers('putian');
  const g1 = freshIdentifiers('guangzhou');
  const f3 = freshIdentifiers('putian');
  const f4 = freshIdentifiers('putian');
  const alipayF = freshIdentifiers().alipay;
  const mobileFG = freshIdentifiers().mobile;
  const deviceF = freshIdentifiers().device;
  let crossRing = '';
  let fujianRing = '';

  beforeAll(async () => {
    t = await startTestApp();
    tokens.platform = await platformUser(t, code, tag);
    tokens.fujian = await officer(t, { orgName: `fujian-${tag}`, kind: OrgKind.POLICE, role: Role.ANALYST, provinceCode: '350000', email: `fj-analyst-${tag}@p.test` });
    tokens.fujianInvestigator = await officer(t, { orgName: `fujian-${tag}`, kind: OrgKind.POLICE, role: Role.INVESTIGATOR, provinceCode: '350000', email: `fj-inv-${tag}@p.test` });
    tokens.guangdong = await officer(t, { orgName: `guangdong-${tag}`, kind: OrgKind.POLICE, role: Role.ANALYST, provinceCode: '440000', email: `gd-analyst-${tag}@p.test` });
    tokens.secretariat = await officer(t, { orgName: `secretariat-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.ANALYST, email: `sec-${tag}@s.test` });
    await refer(t, tokens.platform, [
      // A ring across provinces: f1 and f2 ship from Putian, g1 from Guangzhou.
      sellerReferral(`f1-${tag}`, 'f1', { alipays: [alipayF], mobiles: [f1.mobile], devices: [f1.device], address: f1.address }),
      sellerReferral(`f2-${tag}`, 'f2', { alipays: [alipayF], mobiles: [mobileFG], devices: [f2.device], address: f2.address }),
      sellerReferral(`g1-${tag}`, 'g1', { mobiles: [mobileFG], devices: [g1.device], alipays: [g1.alipay], address: g1.address }, ['Gucci']),
      // A ring in Fujian only.
      sellerReferral(`f3-${tag}`, 'f3', { devices: [deviceF], mobiles: [f3.mobile], address: f3.address }),
      sellerReferral(`f4-${tag}`, 'f4', { devices: [deviceF], mobiles: [f4.mobile], address: f4.address }),
    ]);
    await waitForRings(t);
    const all = await listRings(t, tokens.secretariat);
    crossRing = all.find((r) => r.members.some((m) => m.id === key('g1')))!.id;
    fujianRing = all.find((r) => r.members.some((m) => m.id === key('f3')))!.id;
  });

  afterAll(async () => {
    const rings = await t.app.orm.em.fork().execute<{ id: string }[]>('select id from ring');
    await cleanGraph(driver, [code], rings.map((r) => r.id));
    await driver.close();
    await t.stop();
  });

  const expectFactorsAddUp = (ring: { score: number; scoreBreakdown: { factors: { points: number }[] } }) => {
    const sum = ring.scoreBreakdown.factors.reduce((total, f) => total + f.points, 0);
    expect(Math.abs(sum - ring.score)).toBeLessThanOrEqual(0.03);
  };

  /** Whether a response mentions any of these values anywhere. */
  const mentions = (response: unknown, values: string[]) => values.filter((v) => JSON.stringify(response).includes(v));

  it('the secretariat sees both rings whole', async () => {
    const rings = await listRings(t, tokens.secretariat);
    expect(rings.map((r) => [r.id, r.size]).sort()).toEqual([[crossRing, 3], [fujianRing, 2]].sort());
  });

  it('a platform sees no rings: not the list, not a ring, not an analysis', async () => {
    expect(codes(await gql(t.baseUrl, RINGS, {}, tokens.platform))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, RING, { id: crossRing }, tokens.platform))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, START_ANALYSIS, {}, tokens.platform))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, ANALYSIS_JOB, { id: crossRing }, tokens.platform))).toEqual(['FORBIDDEN']);
  });

  it('an agency of another province sees only its own member of the cross-province ring, and nothing of the other ring', async () => {
    const rings = await listRings(t, tokens.guangdong);
    expect(rings.map((r) => r.id)).toEqual([crossRing]);
    const [ring] = rings;
    expect(ring.members.map((m) => m.id)).toEqual([key('g1')]);
    expect(ring).toMatchObject({ size: 1, leadCount: 1, brands: ['Gucci'], estimatedValueYuan: 1000, provinces: [{ code: '440000' }] });
    expect(ring.scoreBreakdown).toMatchObject({ size: 1, strongLinks: 0, platforms: [code] });
    // The phone it shares with f2 is a linking identifier, but it sees only its own edge to it.
    expect(ring.linkingIdentifiers.map((i) => [i.kind, i.memberCount])).toEqual([['PHONE', 1]]);
    expect(ring.history).toEqual([expect.objectContaining({ type: 'CREATED', members: [key('g1')], relatedRingIds: [] })]);

    const detail = await gql(t.baseUrl, RING, { id: crossRing, limit: 500 }, tokens.guangdong);
    const nodes = detail.data?.ring.subgraph.nodes.map((n: { id: string }) => n.id);
    expect(nodes).toContain(key('g1'));
    expect(nodes).toContain(`PHONE:+86${mobileFG}`);
    expect(detail.data?.ring.subgraph.edges.every((e: { source: string }) => e.source === key('g1'))).toBe(true);
    // Not a trace of the Fujian members, their payment account, or the Fujian-only ring.
    const hidden = ['f1', 'f2', 'f3', 'f4'].map(key).concat([alipayF, deviceF, fujianRing]);
    expect(mentions(rings, hidden)).toEqual([]);
    expect(mentions(detail, hidden)).toEqual([]);

    expect(codes(await gql(t.baseUrl, RING, { id: fujianRing }, tokens.guangdong))).toEqual(['NOT_FOUND']);

    // Candidate bases: only where its own member ships from, counted from its own lead.
    const bases = detail.data?.ring.bases as { provinceCode: string; sellerCount: number; leadCount: number; evidence: { leads: { externalId: string }[] } }[];
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.every((b) => b.provinceCode === '440000' && b.sellerCount === 1 && b.leadCount === 1)).toBe(true);
    expect(bases.flatMap((b) => b.evidence.leads.map((l) => l.externalId))).toEqual(bases.map(() => `g1-${tag}`));
    // The score it is shown is the score of what it sees, and its factors add up to it.
    expectFactorsAddUp(detail.data?.ring);
  });

  it('the secretariat sees the bases of every member and score factors that add up to the score', async () => {
    const detail = await gql(t.baseUrl, RING, { id: crossRing }, tokens.secretariat);
    const provinces = new Set((detail.data?.ring.bases as { provinceCode: string }[]).map((b) => b.provinceCode));
    expect([...provinces].sort()).toEqual(['350000', '440000']);
    expectFactorsAddUp(detail.data?.ring);
    expect(detail.data?.ring.scoreBreakdown.factors.map((f: { factor: string }) => f.factor)).toEqual([
      'STRONG_LINK_DENSITY',
      'CROSS_PLATFORM_SPREAD',
      'SIZE',
      'STRONG_IDENTIFIERS',
    ]);
  });

  it('filters a restricted view on what it shows: a province the viewer sees nothing of matches nothing', async () => {
    expect(await listRings(t, tokens.guangdong, { filter: { province: '350000' } })).toEqual([]);
    expect((await listRings(t, tokens.secretariat, { filter: { province: '350000' } })).map((r) => r.id).sort()).toEqual([crossRing, fujianRing].sort());
    expect((await listRings(t, tokens.guangdong, { filter: { province: '440000' } })).map((r) => r.id)).toEqual([crossRing]);
  });

  it('the home agency sees its members of the cross-province ring and all of its own ring, not the member elsewhere', async () => {
    const rings = await listRings(t, tokens.fujian);
    const byId = new Map<string, RingNode>(rings.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual([crossRing, fujianRing].sort());
    const cross = byId.get(crossRing)!;
    expect(cross.members.map((m) => m.id)).toEqual([key('f1'), key('f2')]);
    expect(cross).toMatchObject({ size: 2, leadCount: 2, brands: ['Nike'] });
    expect(cross.scoreBreakdown).toMatchObject({ size: 2, strongLinks: 1 });
    expect(cross.linkingIdentifiers.map((i) => [i.kind, i.memberCount])).toEqual([['PAYMENT_ACCOUNT', 2], ['PHONE', 1]]);
    const detail = await gql(t.baseUrl, RING, { id: crossRing }, tokens.fujian);
    expect(mentions([rings, detail], [key('g1'), g1.alipay, g1.device])).toEqual([]);
  });

  it('only coordinators, analysts and supervisors start an analysis; its whole-graph counts are for whole-graph viewers', async () => {
    expect(codes(await gql(t.baseUrl, START_ANALYSIS, {}, tokens.fujianInvestigator))).toEqual(['FORBIDDEN']);
    const job = await analyseAll(t, tokens.fujian);
    expect(job).toMatchObject({ status: 'SUCCEEDED', accountsRead: null, ringsFound: null });
    const seen = await gql(t.baseUrl, ANALYSIS_JOB, { id: job.id }, tokens.secretariat);
    expect(seen.data?.analysisJob).toMatchObject({ status: 'SUCCEEDED', accountsRead: 5, ringsFound: 2 });
    // The analysis changed nothing the agency may not see.
    expect((await listRings(t, tokens.guangdong)).map((r) => r.size)).toEqual([1]);
  });
});
