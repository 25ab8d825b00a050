import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { codes, gql } from '../../support/graphql-client';
import { LEADS, REFER_LEAD, REFER_LEADS, referral, runTag } from '../../support/leads';

describe('referring leads', () => {
  let t: TestApp;
  let platform: string;
  let jinhua: string;
  let zhejiang: string;
  const tag = runTag();

  beforeAll(async () => {
    t = await startTestApp();
    await createOrgUser(t, { orgName: `淘宝平台治理部-${tag}`, kind: OrgKind.PLATFORM, provinceCode: '330000', role: Role.REFERRER, email: `tb-${tag}@p.test`, password: 'pw-platform-1' });
    await createOrgUser(t, { orgName: `金华市公安局-${tag}`, kind: OrgKind.POLICE, provinceCode: '330000', cityCode: '330700', role: Role.INVESTIGATOR, email: `jh-${tag}@police.test`, password: 'pw-police-1' });
    await createOrgUser(t, { orgName: `浙江省公安厅-${tag}`, kind: OrgKind.POLICE, provinceCode: '330000', role: Role.INVESTIGATOR, email: `zj-${tag}@police.test`, password: 'pw-police-2' });
    await createOrgUser(t, { orgName: `联盟秘书处-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, provinceCode: '330000', role: Role.COORDINATOR, email: `sec-${tag}@s.test`, password: 'pw-sec-1' });
    platform = await signIn(t, `tb-${tag}@p.test`, 'pw-platform-1');
    jinhua = await signIn(t, `jh-${tag}@police.test`, 'pw-police-1');
    zhejiang = await signIn(t, `zj-${tag}@police.test`, 'pw-police-2');
  });
  afterAll(() => t.stop());

  it('accepts a referral, routes it by origin, and re-sending the same externalId updates it', async () => {
    const input = referral({
      externalId: `tb-${tag}-1`,
      addresses: [{ role: 'WAREHOUSE' as never, text: '浙江金华义乌稠城街道工人西路18号3栋502室' }],
      seller: { platformAccountId: `acct-${tag}`, residentIdNumber: '11010519491231002X' },
    });
    const first = await gql(t.baseUrl, REFER_LEAD, { input }, platform);
    expect(first.errors).toBeUndefined();
    expect(first.data?.referLead).toMatchObject({
      created: true,
      warnings: [],
      lead: { externalId: `tb-${tag}-1`, status: 'ROUTED', version: 1, routedTo: null, platform: null, seller: { residentIdMasked: '1101**********002X' } },
    });
    const again = await gql(t.baseUrl, REFER_LEAD, { input: { ...input, brands: ['Nike', 'Adidas'] } }, platform);
    expect(again.data?.referLead).toMatchObject({ created: false, lead: { id: first.data?.referLead.lead.id, version: 2, brands: ['Nike', 'Adidas'] } });

    const count = await t.app.orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from lead where external_id = ?`, [`tb-${tag}-1`]);
    expect(count[0].n).toBe('1');
    // The resident ID number itself is stored nowhere but in the raw payload the platform sent.
    const stored = await t.app.orm.em.fork().execute<{ resident_id_hash: string }[]>(`select resident_id_hash from lead where external_id = ?`, [`tb-${tag}-1`]);
    expect(stored[0].resident_id_hash).toMatch(/^[0-9a-f]{64}$/);

    // Yiwu is in Jinhua: the city bureau gets it, not the provincial one (which has a city bureau below it here).
    const jh = await gql(t.baseUrl, LEADS, { first: 10 }, jinhua);
    expect(jh.data?.leads.edges.map((e: any) => e.node.externalId)).toEqual([`tb-${tag}-1`]);
    expect(jh.data?.leads.edges[0].node.routedTo).toEqual([{ name: `金华市公安局-${tag}` }]);
    const zj = await gql(t.baseUrl, LEADS, { first: 10 }, zhejiang);
    expect(zj.data?.leads.edges).toEqual([]);
  });

  it('accepts the good referrals of a batch and reports each bad one by row, field and reason', async () => {
    const good = (n: number) => referral({ externalId: `tb-${tag}-b${n}` });
    const leads = [
      good(1),
      { ...good(2), observedAt: '2026-13-45' },
      good(3),
      { ...good(4), externalId: '' },
      { ...good(5), infringementType: 'STOLEN' },
      { ...good(6), riskScore: 7 },
      { ...good(7), seller: { platformAccountId: '' } },
      { ...good(8), phones: ['12345', '13800138000'] },
      { ...good(9), evidence: [{ kind: 'SCREENSHOT', sha256: 'abc' }] },
    ];
    const result = await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, platform);
    expect(result.errors).toBeUndefined();
    const payload = result.data?.referLeads;
    expect({ accepted: payload.accepted, rejected: payload.rejected }).toEqual({ accepted: 3, rejected: 6 });
    const errors = payload.results.flatMap((r: any) => r.errors);
    expect(errors).toEqual([
      { row: 2, field: 'observedAt', reason: 'must be an ISO 8601 time with an offset, e.g. 2026-11-02T14:30:00+08:00' },
      { row: 4, field: 'externalId', reason: 'is required' },
      { row: 5, field: 'infringementType', reason: 'must be one of COUNTERFEIT, TRADEMARK, COPYRIGHT, LOOK_ALIKE, LOGO_SMEAR, BRAND_NAME_STACKING' },
      { row: 6, field: 'riskScore', reason: 'must be between 0 and 1' },
      { row: 7, field: 'seller.platformAccountId', reason: 'is required' },
      { row: 9, field: 'evidence[0].sha256', reason: 'must be 64 hexadecimal characters' },
    ]);
    // A bad phone does not reject the lead: it is kept in the raw payload and reported as a warning.
    expect(payload.results[7]).toMatchObject({ accepted: true, warnings: [{ field: 'phones[0]' }] });
    const stored = await t.app.orm.em.fork().execute<{ external_id: string }[]>(
      `select external_id from lead where external_id like ? order by external_id`,
      [`tb-${tag}-b%`],
    );
    expect(stored.map((s) => s.external_id)).toEqual([`tb-${tag}-b1`, `tb-${tag}-b3`, `tb-${tag}-b8`]);
  });

  it('refuses more than 1000 referrals in one call and referrals from non-platforms', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => referral({ externalId: `tb-${tag}-m${i}` }));
    expect(codes(await gql(t.baseUrl, REFER_LEADS, { input: { leads: many } }, platform))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(t.baseUrl, REFER_LEAD, { input: referral({ externalId: 'x-1' }) }, jinhua))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, REFER_LEAD, { input: referral({ externalId: 'x-1' }) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('audits every referral batch', async () => {
    const rows = await t.app.orm.em.fork().execute<{ details: { accepted: number } }[]>(
      `select details from audit_event where action = 'REFER_LEADS' order by seq`,
    );
    expect(rows.map((r) => r.details.accepted)).toEqual([1, 1, 3]);
  });
});

describe('paging through leads', () => {
  let t: TestApp;
  const tag = runTag();
  beforeAll(async () => {
    t = await startTestApp();
    await createOrgUser(t, { orgName: `平台-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `pg-${tag}@p.test`, password: 'pw-paging-1' });
  });
  afterAll(() => t.stop());

  it('returns every lead of one batch exactly once across pages, although they share a timestamp', async () => {
    const token = await signIn(t, `pg-${tag}@p.test`, 'pw-paging-1');
    const leads = Array.from({ length: 25 }, (_, i) => referral({ externalId: `pg-${tag}-${i}` }));
    expect((await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, token)).data?.referLeads.accepted).toBe(25);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: any = await gql(t.baseUrl, LEADS, { first: 10, after }, token);
      seen.push(...result.data.leads.edges.map((e: any) => e.node.externalId));
      after = result.data.leads.pageInfo.endCursor;
      if (!result.data.leads.pageInfo.hasNextPage) break;
    }
    expect(seen.sort()).toEqual(leads.map((l) => l.externalId).sort());
    expect(codes(await gql(t.baseUrl, LEADS, { first: 10, after: 'bm9wZQ' }, token))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(t.baseUrl, LEADS, { first: 500 }, token))).toEqual(['BAD_USER_INPUT']);
  });
});
