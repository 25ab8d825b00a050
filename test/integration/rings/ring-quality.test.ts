import { adjustedRandIndex, pairwisePrecisionRecall } from '@cloudsword/graph';
import { generateLeads, OrgKind, Role, type GeneratedLead } from '@cloudsword/shared';
import { startTestApp, type TestApp } from '../../support/app';
import { runTag } from '../../support/leads';
import { analyseAll, cleanGraph, listRings, officer, platformUser, referWorld, testDriver, waitForRings, type RingNode } from './ring-support';

// Detection quality through the real pipeline: a synthetic world with known rings is referred
// through the API by four platforms, projected by the outbox projector, analysed (first
// incrementally, batch by batch as it is projected, then in full) and read back through the
// API by a secretariat analyst, who may see everything.
describe('ring detection quality on a planted world', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();
  const driver = testDriver();
  const platforms = ['taobao', 'jd', 'pdd', 'douyin'];
  const codeOf = (platform: string) => `${platform.toUpperCase()}-${tag}`;
  let world: GeneratedLead[] = [];
  let analyst = '';
  /** Ground truth: account key → ring id (null for an independent seller). */
  const truth = new Map<string, string | null>();
  const scenarioOf = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    const tokens: Record<string, string> = {};
    for (const platform of platforms) tokens[platform] = await platformUser(t, codeOf(platform), tag);
    analyst = await officer(t, { orgName: `secretariat-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.ANALYST, email: `analyst-${tag}@s.test` });
    world = [...generateLeads({ seed: 20261123, accounts: 1200 })];
    for (const lead of world) {
      const key = `${codeOf(lead.platform)}:${lead.referral.seller.platformAccountId}`;
      truth.set(key, lead.truth.ringId);
      if (lead.truth.scenario) scenarioOf.set(key, `${lead.truth.scenario}/${lead.truth.ringId ?? 'independent'}`);
    }
    await referWorld(t, tokens, world);
    await waitForRings(t);
  }, 300_000);

  afterAll(async () => {
    const rings = await t.app.orm.em.fork().execute<{ id: string }[]>('select id from ring');
    await cleanGraph(driver, platforms.map(codeOf), rings.map((r) => r.id));
    await driver.close();
    await t.stop();
  });

  function clustering(rings: readonly RingNode[]): Map<string, string | null> {
    const predicted = new Map<string, string | null>();
    for (const ring of rings) for (const member of ring.members) predicted.set(member.id, ring.id);
    return predicted;
  }

  function expectQuality(rings: readonly RingNode[]): void {
    const predicted = clustering(rings);
    const ari = adjustedRandIndex(truth, predicted);
    const { precision, recall } = pairwisePrecisionRecall(truth, predicted);
    expect(ari).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    // Nothing outside the world is in a ring.
    expect([...predicted.keys()].filter((key) => !truth.has(key))).toEqual([]);
  }

  function expectHardCases(rings: readonly RingNode[]): void {
    const predicted = clustering(rings);
    const groups = new Map<string, (string | null)[]>();
    for (const [account, scenario] of scenarioOf) groups.set(scenario, [...(groups.get(scenario) ?? []), predicted.get(account) ?? null]);
    // Sellers linked only through a courier outlet stay apart: none of them is in a ring.
    expect(groups.get('innocent-courier/independent')!.filter((ring) => ring !== null)).toEqual([]);
    // The ring over three platforms and four provinces, noise on every identifier, is found whole.
    const spread = groups.get('ring-spread/ring-spread-0')!;
    expect(new Set(spread).size).toBe(1);
    expect(spread[0]).not.toBeNull();
    const spreadRing = rings.find((r) => r.id === spread[0])!;
    expect(spreadRing.size).toBe(spread.length);
    expect(spreadRing.scoreBreakdown.platforms).toHaveLength(3);
    expect(spreadRing.provinces.length).toBeGreaterThanOrEqual(4);
    // Two rings that share one courier facility stay two.
    const twinA = new Set(groups.get('ring-twin/ring-twin-a'));
    const twinB = new Set(groups.get('ring-twin/ring-twin-b'));
    expect([twinA.size, twinB.size]).toEqual([1, 1]);
    expect([...twinA][0]).not.toBeNull();
    expect([...twinB][0]).not.toBeNull();
    expect([...twinA][0]).not.toBe([...twinB][0]);
  }

  it('the incremental analysis, batch by batch as leads are projected, finds the planted rings', async () => {
    const rings = await listRings(t, analyst);
    expect(rings.length).toBeGreaterThan(10);
    expectQuality(rings);
    expectHardCases(rings);
  });

  it('a full analysis finds them too, keeps the ids of the rings it agrees with, and describes each ring', async () => {
    const before = await listRings(t, analyst);
    const job = await analyseAll(t, analyst);
    expect(job).toMatchObject({ status: 'SUCCEEDED', percent: 100, accountsRead: expect.any(Number), ringsFound: expect.any(Number) });
    const rings = await listRings(t, analyst);
    expectQuality(rings);
    expectHardCases(rings);

    // Same members, same id: rings the incremental pass found are not renamed by the full one.
    const idOf = new Map(before.map((r) => [r.members.map((m) => m.id).join(','), r.id]));
    const same = rings.filter((r) => idOf.has(r.members.map((m) => m.id).join(',')));
    expect(same.length).toBeGreaterThan(rings.length * 0.9);
    for (const ring of same) expect(ring.id).toBe(idOf.get(ring.members.map((m) => m.id).join(',')));

    // Ordered by score, every ring described from its members' leads.
    expect(rings.map((r) => r.score)).toEqual([...rings.map((r) => r.score)].sort((x, y) => y - x));
    for (const ring of rings) {
      expect(ring.size).toBe(ring.members.length);
      expect(ring.leadCount).toBeGreaterThanOrEqual(ring.size);
      expect(ring.linkingIdentifiers.length).toBeGreaterThan(0);
      expect(ring.brands.length).toBeGreaterThan(0);
      expect(ring.history[0].type).toBe('CREATED');
    }
  });
});
