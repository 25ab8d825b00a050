import { codes, gql } from '../../support/graphql-client';
import { BASES, buildWorld, ENTITY, ENTITY_ONLY, PATH, pathKeys, PUTIAN_STREET, SEARCH, type World } from './world';

// Entity, neighbourhood, evidence paths, identifier search and manufacturing bases, each read
// as the Putian officer (who sees every lead but L5), the Guangdong officer (only L5), the
// secretariat (everything) and the platforms (their own referrals). See world.ts for the graph.
describe('exploration', () => {
  let w: World;
  const q = (token: keyof World['tokens'], query: string, variables: Record<string, unknown>) => gql(w.t.baseUrl, query, variables, w.tokens[token]);

  beforeAll(async () => {
    w = await buildWorld();
  });
  afterAll(() => w.t.stop());

  describe('entity and neighbourhood', () => {
    it('shows a seller by its shop name and its identifiers, each edge with the visible leads behind it', async () => {
      const r = await q('putian', ENTITY, { id: w.sellers.s1 });
      expect(r.errors).toBeUndefined();
      const entity = r.data?.entity;
      expect(entity).toMatchObject({ id: w.sellers.s1, kind: 'SELLER_ACCOUNT', display: '莆田鞋业旗舰店' });
      const targets = entity.neighborhood.edges.map((e: any) => e.target).sort();
      expect(targets).toEqual(expect.arrayContaining([w.keys.P1, w.keys.D1]));
      expect(targets).toHaveLength(3); // P1, D1 and L1's own address
      for (const edge of entity.neighborhood.edges) {
        expect(edge).toMatchObject({ source: w.sellers.s1, leadIds: [w.leads.L1], leadCount: 1, firstSeen: '2026-10-02T06:30:00.000Z' });
      }
      expect(entity.neighborhood.truncated).toBe(false);
    });

    it('at depth 2 reaches the sellers sharing an identifier through visible edges only', async () => {
      const r = await q('putian', ENTITY, { id: w.sellers.s1, depth: 2 });
      const hood = r.data?.entity.neighborhood;
      const phoneSellers = hood.edges.filter((e: any) => e.target === w.keys.P1).map((e: any) => e.source).sort();
      // b4 also uses P1, but only in L5, which went to Guangdong.
      expect(phoneSellers).toEqual([w.sellers.s1, w.sellers.s2, w.sellers.b6].sort());
      expect(hood.nodes.map((n: any) => n.id)).not.toContain(w.sellers.b4);
      expect(JSON.stringify(hood)).not.toContain(w.leads.L5);
      const b6 = hood.nodes.find((n: any) => n.id === w.sellers.b6);
      expect(b6).toEqual({ id: w.sellers.b6, kind: 'SELLER_ACCOUNT', display: '东方鞋业' });
    });

    it('the Guangdong officer sees the phone with the one seller of its own lead', async () => {
      const r = await q('guangdong', ENTITY, { id: w.keys.P1, depth: 3 });
      const hood = r.data?.entity.neighborhood;
      expect(r.data?.entity).toMatchObject({ id: w.keys.P1, kind: 'PHONE' });
      expect(hood.edges.map((e: any) => [e.source, e.target, e.leadIds])).toEqual(
        expect.arrayContaining([[w.sellers.b4, w.keys.P1, [w.leads.L5]]]),
      );
      const seen = hood.nodes.map((n: any) => n.id);
      for (const hidden of [w.sellers.s1, w.sellers.s2, w.sellers.b6, w.keys.PAY3]) expect(seen).not.toContain(hidden);
      expect(JSON.stringify(hood)).not.toMatch(new RegExp([w.leads.L1, w.leads.L2, w.leads.L4, w.leads.L6].join('|')));
    });

    it('the secretariat sees every lead behind an edge', async () => {
      const r = await q('secretariat', ENTITY, { id: w.keys.P1 });
      const sources = r.data?.entity.neighborhood.edges.map((e: any) => e.source).sort();
      expect(sources).toEqual([w.sellers.s1, w.sellers.s2, w.sellers.b4, w.sellers.b6].sort());
    });

    it('cuts at `limit` edges and says so', async () => {
      const r = await q('putian', ENTITY, { id: w.sellers.s1, depth: 3, limit: 4 });
      expect(r.data?.entity.neighborhood.edges).toHaveLength(4);
      expect(r.data?.entity.neighborhood.truncated).toBe(true);
    });

    it('refuses depth above 3 and limit above 1000', async () => {
      expect(codes(await q('putian', ENTITY, { id: w.sellers.s1, depth: 4 }))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await q('putian', ENTITY, { id: w.sellers.s1, limit: 1001 }))).toEqual(['BAD_USER_INPUT']);
    });

    it('an unknown key, and a key the viewer may not see, are both NOT_FOUND', async () => {
      expect(codes(await q('putian', ENTITY_ONLY, { id: `PHONE:+86000${w.tag}` }))).toEqual(['NOT_FOUND']);
      expect(codes(await q('guangdong', ENTITY_ONLY, { id: w.sellers.s1 }))).toEqual(['NOT_FOUND']);
    });

    it('audits every read of an entity', async () => {
      const rows = await w.t.app.orm.em.fork().execute<{ n: string }[]>(
        `select count(*)::text as n from audit_event where action = 'READ_ENTITY' and target_id = ?`,
        [w.sellers.s1],
      );
      expect(Number(rows[0].n)).toBeGreaterThanOrEqual(3);
    });
  });

  describe('evidence paths', () => {
    it('the shortest path through visible edges, with the leads behind each hop', async () => {
      const started = performance.now();
      const r = await q('putian', PATH, { from: w.sellers.s1, to: w.sellers.b4 });
      const ms = performance.now() - started;
      expect(r.errors).toBeUndefined();
      const path = r.data?.evidencePath;
      expect(pathKeys(path)).toEqual([w.sellers.s1, w.keys.P1, w.sellers.s2, w.keys.D2, w.sellers.s3, w.keys.PAY3, w.sellers.b4]);
      expect(path.hops.map((h: any) => [h.from, h.to, h.type, h.leads.map((l: any) => l.externalId)])).toEqual([
        [w.sellers.s1, w.keys.P1, 'HAS_PHONE', [`L1-${w.tag}`]],
        [w.keys.P1, w.sellers.s2, 'HAS_PHONE', [`L2-${w.tag}`]],
        [w.sellers.s2, w.keys.D2, 'USES_DEVICE', [`L2-${w.tag}`]],
        [w.keys.D2, w.sellers.s3, 'USES_DEVICE', [`L3-${w.tag}`]],
        [w.sellers.s3, w.keys.PAY3, 'PAYS_WITH', [`L3-${w.tag}`]],
        [w.keys.PAY3, w.sellers.b4, 'PAYS_WITH', [`L4-${w.tag}`]],
      ]);
      expect(ms).toBeLessThan(5000);
    });

    it('takes the two-hop shortcut only for a viewer who may see the lead behind it', async () => {
      const r = await q('secretariat', PATH, { from: w.sellers.s1, to: w.sellers.b4 });
      expect(pathKeys(r.data?.evidencePath)).toEqual([w.sellers.s1, w.keys.P1, w.sellers.b4]);
      expect(r.data?.evidencePath.hops[1].leads.map((l: any) => l.id)).toEqual([w.leads.L5]);
    });

    it('returns null beyond maxHops, and refuses maxHops above 8', async () => {
      const r = await q('putian', PATH, { from: w.sellers.s1, to: w.sellers.b4, maxHops: 5 });
      expect(r.errors).toBeUndefined();
      expect(r.data?.evidencePath).toBeNull();
      expect(codes(await q('putian', PATH, { from: w.sellers.s1, to: w.sellers.b4, maxHops: 9 }))).toEqual(['BAD_USER_INPUT']);
    });

    it('a platform finds paths through its own referrals only', async () => {
      const own = await q('platformA', PATH, { from: w.sellers.s1, to: w.sellers.s3 });
      expect(pathKeys(own.data?.evidencePath)).toEqual([w.sellers.s1, w.keys.P1, w.sellers.s2, w.keys.D2, w.sellers.s3]);
      // s1 and s7 meet only through b6, which platform B referred.
      const through = await q('platformA', PATH, { from: w.sellers.s1, to: w.sellers.s7 });
      expect(through.errors).toBeUndefined();
      expect(through.data?.evidencePath).toBeNull();
      const officer = await q('putian', PATH, { from: w.sellers.s1, to: w.sellers.s7 });
      expect(pathKeys(officer.data?.evidencePath)).toEqual([w.sellers.s1, w.keys.P1, w.sellers.b6, w.keys.D3, w.sellers.s7]);
    });
  });

  describe('identifier search', () => {
    it('finds a phone however it is written, counting only the viewer’s leads', async () => {
      const spelled = `+86 ${w.phoneP1.slice(0, 3)} ${w.phoneP1.slice(3, 7)} ${w.phoneP1.slice(7)}`;
      const counts: Record<string, unknown> = {};
      for (const who of ['putian', 'guangdong', 'platformA', 'platformB', 'secretariat'] as const) {
        const r = await q(who, SEARCH, { query: spelled });
        expect(r.errors).toBeUndefined();
        counts[who] = r.data?.identifierSearch.filter((m: any) => m.id === w.keys.P1).map((m: any) => [m.match, m.leadCount]);
      }
      expect(counts).toEqual({
        putian: [['EXACT', 3]],
        guangdong: [['EXACT', 1]],
        platformA: [['EXACT', 2]],
        platformB: [['EXACT', 2]],
        secretariat: [['EXACT', 4]],
      });
    });

    it('finds the addresses on the same street, and sellers by pinyin name prefix', async () => {
      const street = await q('putian', SEARCH, { query: `${PUTIAN_STREET}9999号` });
      const onStreet = street.data?.identifierSearch.filter((m: any) => m.match === 'SAME_STREET');
      expect(onStreet).toHaveLength(5); // L1, L2, L3, L4, L6 (L7 is on another road)
      expect(onStreet.every((m: any) => m.kind === 'ADDRESS' && m.display.includes('荔园中大道'))).toBe(true);
      expect((await q('guangdong', SEARCH, { query: `${PUTIAN_STREET}9999号` })).data?.identifierSearch).toEqual([]);

      const byName = await q('putian', SEARCH, { query: 'putianxie' });
      expect(byName.data?.identifierSearch).toEqual([{ id: w.sellers.s1, kind: 'SELLER_ACCOUNT', display: '莆田鞋业旗舰店', match: 'SIMILAR_NAME', leadCount: 1 }]);
      expect((await q('platformB', SEARCH, { query: '莆田鞋业' })).data?.identifierSearch).toEqual([]);
      const bySeller = await q('platformA', SEARCH, { query: w.sellers.s3 });
      expect(bySeller.data?.identifierSearch).toEqual([{ id: w.sellers.s3, kind: 'SELLER_ACCOUNT', display: '运动名品', match: 'EXACT', leadCount: 1 }]);
    });
  });

  describe('manufacturing bases', () => {
    // Rings as the analysis found them (s2–s3 share a device, s3–b4 a payment account, …).
    const ringsOf = async (sellers: string[]): Promise<number> => {
      const rows = await w.t.app.orm.em.fork().execute<{ n: number }[]>(
        `select count(distinct ring_id)::int as n from ring_member where account_key = any(?::text[])`,
        [`{${sellers.map((s) => `"${s}"`).join(',')}}`],
      );
      return rows[0].n;
    };
    beforeAll(() => w.t.app.services.ringAnalysis.idle());

    it('ranks the places the viewer’s leads ship from, with streets and evidence', async () => {
      const r = await q('putian', BASES, { filter: { provinceCode: '350000', minSellers: 1 } });
      expect(r.errors).toBeUndefined();
      const [base] = r.data?.manufacturingBases;
      const { s1, s2, s3, s7, b4, b6 } = w.sellers;
      const rings = await ringsOf([s1, s2, s3, s7, b4, b6]);
      expect(rings).toBeGreaterThan(0);
      expect(base).toMatchObject({ id: '350304', level: 'DISTRICT', name: '福建省莆田市荔城区', provinceCode: '350000', cityCode: '350300', ringCount: rings, sellerCount: 6, leadCount: 6, brandCount: 1 });
      expect(base.streets).toEqual([
        { street: '荔园中大道', ringCount: await ringsOf([s1, s2, s3, b4, b6]), sellerCount: 5, leadCount: 5, brandCount: 1 },
        { street: '拱辰路', ringCount: await ringsOf([s7]), sellerCount: 1, leadCount: 1, brandCount: 1 },
      ]);
      expect(base.evidence.addresses).toHaveLength(5);
      expect(base.evidence.leads).toHaveLength(5);
      expect(JSON.stringify(r.data)).not.toContain(w.leads.L5);
    });

    it('counts only what each agency may see; platforms may not ask', async () => {
      const gd = await q('guangdong', BASES, { filter: { minSellers: 1 } });
      expect(gd.data?.manufacturingBases.map((b: any) => [b.id, b.ringCount, b.sellerCount, b.leadCount])).toEqual([['440111', await ringsOf([w.sellers.b4]), 1, 1]]);
      const all = await q('secretariat', BASES, { filter: { minSellers: 1 } });
      expect(all.data?.manufacturingBases.map((b: any) => [b.id, b.sellerCount, b.leadCount])).toEqual([
        ['350304', 6, 6],
        ['440111', 1, 1],
      ]);
      expect((await q('putian', BASES, { filter: { minSellers: 7 } })).data?.manufacturingBases).toEqual([]);
      expect(codes(await q('platformA', BASES, {}))).toEqual(['FORBIDDEN']);
      expect(codes(await q('putian', BASES, { filter: { provinceCode: '35' } }))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
