import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../support/app';
import { codes, gql } from '../support/graphql-client';
import { LEAD, LEADS, REFER_LEAD, referral, runTag } from '../support/leads';

const SET_STATUS = `mutation($input: SetLeadStatusInput!) { setLeadStatus(input: $input) { id status } }`;

// DESIGN.md invariant 2: a platform sees its own leads and their status, nothing else;
// agencies see what is routed to them; nobody else sees leads at all.
describe('who may read which lead', () => {
  let t: TestApp;
  const tag = runTag();
  const tokens: Record<string, string> = {};
  let leadId = '';
  const phone = '+86 139 1234 5678';

  beforeAll(async () => {
    t = await startTestApp();
    const users: [string, OrgKind, Role, string?, string?][] = [
      ['taobao', OrgKind.PLATFORM, Role.REFERRER, '330000'],
      ['jd', OrgKind.PLATFORM, Role.REFERRER, '110000'],
      ['putian', OrgKind.POLICE, Role.INVESTIGATOR, '350000', '350300'],
      ['guangdong', OrgKind.POLICE, Role.INVESTIGATOR, '440000'],
      ['nike', OrgKind.RIGHTS_HOLDER, Role.INVESTIGATOR, '310000'],
      ['putianAdmin', OrgKind.POLICE, Role.ORG_ADMIN, '350000', '350300'],
    ];
    for (const [name, kind, role, provinceCode, cityCode] of users) {
      const orgName = name === 'putianAdmin' ? `putian-${tag}` : `${name}-${tag}`;
      await createOrgUser(t, { orgName, kind, role, provinceCode, cityCode, email: `${name}-${tag}@t.test`, password: `pw-${name}-123` });
      tokens[name] = await signIn(t, `${name}-${tag}@t.test`, `pw-${name}-123`);
    }
    const referred = await gql(t.baseUrl, REFER_LEAD, { input: referral({ externalId: `tb-${tag}`, phones: [phone] }) }, tokens.taobao);
    leadId = referred.data?.referLead.lead.id;
    expect(leadId).toBeTruthy();
    await gql(t.baseUrl, REFER_LEAD, { input: referral({ externalId: `jd-${tag}` }) }, tokens.jd);
  });
  afterAll(() => t.stop());

  it('the referring platform sees its lead and status but not routing', async () => {
    const own = await gql(t.baseUrl, LEAD, { id: leadId }, tokens.taobao);
    expect(own.data?.lead).toMatchObject({ id: leadId, status: 'ROUTED', platform: null, routedTo: null });
    const list = await gql(t.baseUrl, LEADS, { first: 50 }, tokens.taobao);
    expect(list.data?.leads.edges.map((e: any) => e.node.externalId)).toEqual([`tb-${tag}`]);
  });

  it('another platform cannot read it by id, by list or by search', async () => {
    expect(codes(await gql(t.baseUrl, LEAD, { id: leadId }, tokens.jd))).toEqual(['NOT_FOUND']);
    const list = await gql(t.baseUrl, LEADS, { first: 50 }, tokens.jd);
    expect(list.data?.leads.edges.map((e: any) => e.node.externalId)).toEqual([`jd-${tag}`]);
    for (const search of [`tb-${tag}`, `seller-tb-${tag}`, '13912345678', '0086-139-1234-5678']) {
      const found = await gql(t.baseUrl, LEADS, { filter: { search } }, tokens.jd);
      expect({ search, edges: found.data?.leads.edges }).toEqual({ search, edges: [] });
    }
    // The owner finds it by the same phone written another way: the search really works.
    const mine = await gql(t.baseUrl, LEADS, { filter: { search: '0086-139-1234-5678' } }, tokens.taobao);
    expect(mine.data?.leads.edges.map((e: any) => e.node.id)).toEqual([leadId]);
  });

  it('the agency it is routed to sees it with routing; an agency elsewhere does not', async () => {
    const putian = await gql(t.baseUrl, LEAD, { id: leadId }, tokens.putian);
    expect(putian.data?.lead).toMatchObject({ id: leadId, platform: { name: `taobao-${tag}` }, routedTo: [{ name: `putian-${tag}` }] });
    expect(codes(await gql(t.baseUrl, LEAD, { id: leadId }, tokens.guangdong))).toEqual(['NOT_FOUND']);
    const gd = await gql(t.baseUrl, LEADS, { filter: { search: '13912345678' } }, tokens.guangdong);
    expect(gd.data?.leads.edges).toEqual([]);
  });

  it('only the routed agency may set a status; platforms, other agencies and admins may not', async () => {
    const input = { leadId, status: 'UNDER_INVESTIGATION' };
    expect(codes(await gql(t.baseUrl, SET_STATUS, { input }, tokens.taobao))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, SET_STATUS, { input }, tokens.guangdong))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(t.baseUrl, SET_STATUS, { input }, tokens.putianAdmin))).toEqual(['FORBIDDEN']);
    const ok = await gql(t.baseUrl, SET_STATUS, { input }, tokens.putian);
    expect(ok.data?.setLeadStatus).toEqual({ id: leadId, status: 'UNDER_INVESTIGATION' });
    // The platform sees the feedback.
    const own = await gql(t.baseUrl, LEAD, { id: leadId }, tokens.taobao);
    expect(own.data?.lead.status).toBe('UNDER_INVESTIGATION');
  });

  it('rights holders and organisation admins see no leads at all', async () => {
    expect(codes(await gql(t.baseUrl, LEADS, {}, tokens.nike))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(t.baseUrl, LEAD, { id: leadId }, tokens.nike))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(t.baseUrl, LEADS, {}, tokens.putianAdmin))).toEqual(['FORBIDDEN']);
  });

  it('audits every read of lead detail', async () => {
    const rows = await t.app.orm.em.fork().execute<{ n: string }[]>(
      `select count(*)::text as n from audit_event where action = 'READ_LEAD' and target_id = ?`,
      [leadId],
    );
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(3);
  });
});
