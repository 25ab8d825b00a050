import { OrgKind, Role } from '@cloudsword/shared';
import { startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { runTag } from '../../support/leads';
import {
  analyseAll,
  cleanGraph,
  freshIdentifiers,
  listRings,
  officer,
  platformUser,
  refer,
  RING,
  sellerReferral,
  testDriver,
  waitForRings,
  type RingNode,
} from './ring-support';

// The life of rings through the real pipeline (API → PostgreSQL → outbox → Neo4j → analysis):
// found incrementally as leads are projected, stable ids across full re-analyses, a new seller
// joining, two rings merging, and the drawable subgraph.
describe('ring lifecycle', () => {
  let t: TestApp;
  const tag = runTag().toUpperCase();
  const code = `RL-${tag}`;
  const driver = testDriver();
  let platform = '';
  let analyst = '';
  const key = (account: string) => `${code}:${account}`;
  const ids = Object.fromEntries(['a1', 'a2', 'a3', 'b1', 'b2', 'loner'].map((name) => [name, freshIdentifiers()]));
  const shared = { alipayA: freshIdentifiers().alipay, mobileA: freshIdentifiers().mobile, deviceB: freshIdentifiers().device };
  let ringA = '';
  let ringB = '';

  const members = (ring: RingNode) => ring.members.map((m) => m.id).sort();
  const ringWith = (rings: RingNode[], account: string) => rings.find((r) => r.members.some((m) => m.id === key(account)));
  const detail = async (id: string, limit = 500) => {
    const result = await gql(t.baseUrl, RING, { id, limit }, analyst);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.ring;
  };

  beforeAll(async () => {
    t = await startTestApp();
    platform = await platformUser(t, code, tag);
    analyst = await officer(t, { orgName: `secretariat-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.ANALYST, email: `analyst-${tag}@s.test` });
    await refer(t, platform, [
      sellerReferral(`a1-${tag}`, 'a1', { alipays: [shared.alipayA], mobiles: [ids.a1.mobile], devices: [ids.a1.device], address: ids.a1.address }),
      sellerReferral(`a2-${tag}`, 'a2', { alipays: [shared.alipayA], mobiles: [shared.mobileA], devices: [ids.a2.device], address: ids.a2.address }),
      sellerReferral(`a3-${tag}`, 'a3', { mobiles: [shared.mobileA], alipays: [ids.a3.alipay], devices: [ids.a3.device], address: ids.a3.address }),
      sellerReferral(`b1-${tag}`, 'b1', { devices: [shared.deviceB], mobiles: [ids.b1.mobile], address: ids.b1.address }, ['Gucci']),
      sellerReferral(`b2-${tag}`, 'b2', { devices: [shared.deviceB], mobiles: [ids.b2.mobile], address: ids.b2.address }, ['Gucci']),
      sellerReferral(`l-${tag}`, 'loner', { mobiles: [ids.loner.mobile], devices: [ids.loner.device], address: ids.loner.address }),
    ]);
    await waitForRings(t);
  });

  afterAll(async () => {
    const rings = await t.app.orm.em.fork().execute<{ id: string }[]>('select id from ring');
    await cleanGraph(driver, [code], rings.map((r) => r.id));
    await driver.close();
    await t.stop();
  });

  it('finds the rings as their leads are projected, without a full analysis', async () => {
    const rings = await listRings(t, analyst);
    expect(rings.map(members).sort()).toEqual([[key('a1'), key('a2'), key('a3')], [key('b1'), key('b2')]]);
    ringA = ringWith(rings, 'a1')!.id;
    ringB = ringWith(rings, 'b1')!.id;
    const a = ringWith(rings, 'a1')!;
    expect(a).toMatchObject({ size: 3, leadCount: 3, brands: ['Nike'], estimatedValueYuan: 3000, provinces: [{ code: '350000', name: '福建省' }] });
    expect(a.history.map((h) => h.type)).toEqual(['CREATED']);
    expect(a.linkingIdentifiers.map((i) => [i.kind, i.memberCount]).sort()).toEqual([['PAYMENT_ACCOUNT', 2], ['PHONE', 2]]);
    expect(a.linkingIdentifiers.every((i) => i.display !== null && !i.display.includes(shared.mobileA.slice(3, 7)))).toBe(true);
  });

  it('keeps ring ids across full re-analyses, also after a member gets a new lead', async () => {
    await analyseAll(t, analyst);
    let rings = await listRings(t, analyst);
    expect(ringWith(rings, 'a1')?.id).toBe(ringA);
    expect(ringWith(rings, 'b1')?.id).toBe(ringB);

    await refer(t, platform, [
      sellerReferral(`a1-second-${tag}`, 'a1', { alipays: [shared.alipayA], mobiles: [freshIdentifiers().mobile], address: ids.a1.address }, ['Adidas']),
    ]);
    await waitForRings(t);
    await analyseAll(t, analyst);
    rings = await listRings(t, analyst);
    const a = ringWith(rings, 'a1')!;
    expect(a.id).toBe(ringA);
    expect(a).toMatchObject({ size: 3, leadCount: 4, brands: ['Adidas', 'Nike'] });
    expect(ringWith(rings, 'b1')?.id).toBe(ringB);
    expect(a.history.map((h) => h.type)).toEqual(['CREATED']);
  });

  it('adds a new seller that shares a device with a member to that ring, incrementally, within seconds', async () => {
    const started = Date.now();
    await refer(t, platform, [sellerReferral(`a4-${tag}`, 'a4', { devices: [ids.a3.device], mobiles: [freshIdentifiers().mobile], address: freshIdentifiers().address })]);
    await waitForRings(t);
    expect(Date.now() - started).toBeLessThan(15_000);
    const rings = await listRings(t, analyst);
    const a = ringWith(rings, 'a4')!;
    expect(a.id).toBe(ringA);
    expect(members(a)).toEqual([key('a1'), key('a2'), key('a3'), key('a4')]);
    expect(a.history.at(-1)).toMatchObject({ type: 'GREW', members: [key('a4')] });
  });

  it('merges two rings bridged by a new seller: the larger keeps its id, the other ends as MERGED with its history', async () => {
    await refer(t, platform, [sellerReferral(`m1-${tag}`, 'm1', { alipays: [shared.alipayA], devices: [shared.deviceB], address: freshIdentifiers().address })]);
    await waitForRings(t);
    const rings = await listRings(t, analyst);
    expect(rings).toHaveLength(1);
    expect(rings[0].id).toBe(ringA);
    expect(members(rings[0])).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'm1'].map(key));
    expect(rings[0].history.at(-2)).toMatchObject({ type: 'GREW' });
    expect(rings[0].history.at(-1)).toMatchObject({ type: 'MERGED', relatedRingIds: [ringB] });

    const b = await detail(ringB);
    expect(b).toMatchObject({ id: ringB, status: 'MERGED', size: 0, members: [] });
    expect(b.history.map((h: { type: string }) => h.type)).toEqual(['CREATED', 'MERGED']);
    expect(b.history[1].relatedRingIds).toEqual([ringA]);
  });

  it('draws a ring: members, linking identifiers, identifiers of one member, edges between them, within the limit', async () => {
    const ring = await detail(ringA);
    const { nodes, edges, truncated } = ring.subgraph;
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    expect(truncated).toBe(false);
    expect(nodes.filter((n: { label: string }) => n.label === 'SellerAccount')).toHaveLength(7);
    for (const identifier of ring.linkingIdentifiers) expect(ids.has(identifier.id)).toBe(true);
    expect(nodes.find((n: { id: string }) => n.id === `DEVICE:${shared.deviceB}`)).toMatchObject({ label: 'Device', kind: 'DEVICE' });
    expect(edges.length).toBeGreaterThanOrEqual(nodes.length - 1);
    for (const edge of edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.leadCount).toBeGreaterThanOrEqual(1);
    }
    const small = (await detail(ringA, 3)).subgraph;
    expect(small.nodes).toHaveLength(3);
    expect(small.truncated).toBe(true);

    const audited = await t.app.orm.em.fork().execute<{ n: string }[]>(
      `select count(*)::text as n from audit_event where action = 'READ_RING' and target_id = ?`,
      [ringA],
    );
    expect(Number(audited[0].n)).toBeGreaterThanOrEqual(2);
  });
});
