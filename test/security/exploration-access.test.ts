import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn } from '../support/app';
import { codes, gql, type GqlResult } from '../support/graphql-client';
import { randomMobile, referral, waitForProjection } from '../support/leads';
import { ALERTS, BASES, buildWorld, ENTITY, ENTITY_ONLY, eventually, NOTICES, PATH, pathKeys, PUTIAN_STREET, SEARCH, SET_STATUS, type World } from '../integration/exploration/world';

// DESIGN.md invariants 2, 5 and 6 on the exploration surface: a platform sees the graph of its
// own referrals only; an officer of another province sees nothing derived only from leads
// routed elsewhere — no node, edge, count or path; a platform's notice carries no details.
describe('exploration access', () => {
  let w: World;
  let rightsHolder = '';
  let l8 = '';
  const q = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(w.t.baseUrl, query, variables, token);

  // Everything only the Putian police and the referring platforms may know of.
  const putianOnly = () => [w.leads.L1, w.leads.L2, w.leads.L3, w.leads.L4, w.leads.L6, w.leads.L7, w.sellers.s1, w.sellers.s2, w.sellers.s3, w.sellers.s7, w.sellers.b6, w.keys.D1, w.keys.D2, w.keys.D3, w.keys.PAY3];
  const expectNothingOf = (result: GqlResult, secrets: string[]) => {
    const text = JSON.stringify(result);
    expect(secrets.filter((s) => text.includes(s))).toEqual([]);
  };

  beforeAll(async () => {
    w = await buildWorld();
    await createOrgUser(w.t, { orgName: `brand-${w.tag}`, kind: OrgKind.RIGHTS_HOLDER, role: Role.INVESTIGATOR, email: `brand-${w.tag}@x.test`, password: 'pw-brand-123' });
    rightsHolder = await signIn(w.t, `brand-${w.tag}@x.test`, 'pw-brand-123');
    // L3 confirmed in Putian, L5 actioned in Guangdong; then a new lead paying into the same account as both.
    await q(w.tokens.putian, SET_STATUS, { input: { leadId: w.leads.L3, status: 'CONFIRMED_COUNTERFEIT' } });
    await q(w.tokens.guangdong, SET_STATUS, { input: { leadId: w.leads.L5, status: 'ACTIONED' } });
    const ids = await w.refer('A', [
      referral({ externalId: `L8-${w.tag}`, seller: { platformAccountId: `s8-${w.tag}` }, phones: [randomMobile()], paymentAccounts: [{ kind: 'ALIPAY' as never, account: `pay3-${w.tag}@example.com` }], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}8号` }] }),
    ]);
    l8 = ids[`L8-${w.tag}`];
    await waitForProjection(w.t);
    await eventually(async () => {
      const alerts = (await q(w.tokens.putian, ALERTS)).data?.alerts.edges ?? [];
      return alerts.length > 0 ? true : undefined;
    });
  });
  afterAll(() => w.t.stop());

  describe('an officer of another province', () => {
    it('cannot open entities known only from leads routed elsewhere', async () => {
      for (const id of [w.sellers.s1, w.sellers.s3, w.sellers.b6, w.keys.D2, w.keys.PAY3]) {
        expect({ id, codes: codes(await q(w.tokens.guangdong, ENTITY_ONLY, { id })) }).toEqual({ id, codes: ['NOT_FOUND'] });
      }
    });

    it('sees a shared phone with its own seller only, at any depth', async () => {
      const r = await q(w.tokens.guangdong, ENTITY, { id: w.keys.P1, depth: 3, limit: 1000 });
      expect(r.data?.entity.neighborhood.edges.every((e: any) => e.leadIds.every((id: string) => id === w.leads.L5))).toBe(true);
      expectNothingOf(r, putianOnly());
    });

    it('finds no path through leads routed elsewhere', async () => {
      // b4 and P1 are both visible to Guangdong through L5, but the s1 end is not.
      expect(codes(await q(w.tokens.guangdong, PATH, { from: w.sellers.b4, to: w.sellers.s1 }))).toEqual(['NOT_FOUND']);
      const own = await q(w.tokens.guangdong, PATH, { from: w.sellers.b4, to: w.keys.P1 });
      expect(pathKeys(own.data?.evidencePath)).toEqual([w.sellers.b4, w.keys.P1]);
    });

    it('counts only its own leads in search and bases', async () => {
      const search = await q(w.tokens.guangdong, SEARCH, { query: w.phoneP1 });
      expect(search.data?.identifierSearch.map((m: any) => [m.id, m.leadCount])).toEqual([[w.keys.P1, 1]]);
      const street = await q(w.tokens.guangdong, SEARCH, { query: `${PUTIAN_STREET}1号` });
      expect(street.data?.identifierSearch).toEqual([]);
      const bases = await q(w.tokens.guangdong, BASES, { filter: { minSellers: 1 } });
      expect(bases.data?.manufacturingBases.map((b: any) => b.id)).toEqual(['440111']);
      expectNothingOf(bases, putianOnly());
    });

    it('gets no alert about another agency’s lead; the alerted agency learns its name only', async () => {
      expect((await q(w.tokens.guangdong, ALERTS)).data?.alerts.edges).toEqual([]);
      const putian = (await q(w.tokens.putian, ALERTS)).data?.alerts.edges.map((e: any) => e.node);
      const alert = putian.find((a: any) => a.lead.id === l8);
      expect(alert.evidence.otherAgencies).toEqual([{ name: w.orgNames.guangdong }]);
      expectNothingOf({ data: alert }, [w.leads.L5, w.sellers.b4, `L5-${w.tag}`]);
    });
  });

  describe('a platform', () => {
    it('sees the graph of its own referrals only', async () => {
      for (const id of [w.sellers.s1, w.sellers.s3, w.keys.D1, w.keys.D2]) {
        expect(codes(await q(w.tokens.platformB, ENTITY_ONLY, { id }))).toEqual(['NOT_FOUND']);
      }
      const phone = await q(w.tokens.platformB, ENTITY, { id: w.keys.P1, depth: 3, limit: 1000 });
      const leadIds = new Set(phone.data?.entity.neighborhood.edges.flatMap((e: any) => e.leadIds));
      expect([...leadIds].sort()).toEqual([w.leads.L4, w.leads.L5, w.leads.L6].sort());
      expectNothingOf(phone, [w.leads.L1, w.leads.L2, w.leads.L3, w.leads.L7, w.sellers.s1, w.sellers.s2, w.sellers.s3, w.sellers.s7, w.keys.D1, w.keys.D2]);
    });

    it('gets no path that exists only through another platform’s lead', async () => {
      const r = await q(w.tokens.platformA, PATH, { from: w.sellers.s1, to: w.sellers.s7, maxHops: 8 });
      expect(r.errors).toBeUndefined();
      expect(r.data?.evidencePath).toBeNull();
      // The Putian officer, who may see platform B's lead, gets it.
      const officer = await q(w.tokens.putian, PATH, { from: w.sellers.s1, to: w.sellers.s7 });
      expect(pathKeys(officer.data?.evidencePath)).toHaveLength(5);
    });

    it('searches its own leads only', async () => {
      const r = await q(w.tokens.platformB, SEARCH, { query: w.phoneP1 });
      expect(r.data?.identifierSearch.map((m: any) => [m.id, m.leadCount])).toEqual([[w.keys.P1, 2]]);
      expect((await q(w.tokens.platformB, SEARCH, { query: w.sellers.s1 })).data?.identifierSearch).toEqual([]);
    });

    it('may not ask for bases or alerts', async () => {
      expect(codes(await q(w.tokens.platformA, BASES))).toEqual(['FORBIDDEN']);
      expect(codes(await q(w.tokens.platformA, ALERTS))).toEqual(['FORBIDDEN']);
    });

    it('is told that its lead matches a known infringer, with no details, and nothing about other platforms', async () => {
      const notices = await eventually(async () => {
        const edges = (await q(w.tokens.platformA, NOTICES)).data?.platformNotices.edges ?? [];
        return edges.length > 0 ? edges : undefined;
      });
      expect(notices.map((e: any) => e.node)).toEqual([{ id: expect.any(String), kind: 'KNOWN_INFRINGER_MATCH', createdAt: expect.any(String), lead: { id: l8, externalId: `L8-${w.tag}` } }]);
      expect((await q(w.tokens.platformB, NOTICES)).data?.platformNotices.edges).toEqual([]);
      // The type itself has nothing more to give.
      const schema = await q(w.tokens.platformA, `{ notice: __type(name: "PlatformNotice") { fields { name } } lead: __type(name: "EvidenceLead") { fields { name } } }`);
      expect(schema.data?.notice.fields.map((f: any) => f.name).sort()).toEqual(['createdAt', 'id', 'kind', 'lead']);
      expect(schema.data?.lead.fields.map((f: any) => f.name).sort()).toEqual(['externalId', 'id']);
    });
  });

  it('organisations without a lead scope see no graph at all', async () => {
    expect(codes(await q(rightsHolder, ENTITY_ONLY, { id: w.keys.P1 }))).toEqual(['FORBIDDEN']);
    expect(codes(await q(rightsHolder, SEARCH, { query: w.phoneP1 }))).toEqual(['FORBIDDEN']);
    expect(codes(await q(rightsHolder, PATH, { from: w.keys.P1, to: w.sellers.s1 }))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(w.t.baseUrl, ENTITY_ONLY, { id: w.keys.P1 }))).toEqual(['UNAUTHENTICATED']);
  });
});
