import { randomUUID } from 'node:crypto';
import { codes, gql } from '../../support/graphql-client';
import { randomMobile, referral, waitForProjection } from '../../support/leads';
import { ACK, ALERTS, buildWorld, eventually, NOTICES, PUTIAN_STREET, SET_STATUS, type World } from './world';

// Repeat infringers: L3 (seller s3, Putian) is confirmed and L5 (seller b4, Guangdong) actioned;
// then new leads arrive whose sellers are tied to them (world.ts has the graph).
describe('repeat infringers', () => {
  let w: World;
  let newLeads: Record<string, string> = {};
  const q = (token: keyof World['tokens'], query: string, variables: Record<string, unknown> = {}) => gql(w.t.baseUrl, query, variables, w.tokens[token]);
  const alertsOf = async (token: keyof World['tokens']) => (await q(token, ALERTS, { first: 100 })).data?.alerts.edges.map((e: any) => e.node) ?? [];
  const alertFor = (token: keyof World['tokens'], leadId: string) =>
    eventually(async () => (await alertsOf(token)).find((a: any) => a.lead.id === leadId));

  beforeAll(async () => {
    w = await buildWorld();
    const confirm = await q('putian', SET_STATUS, { input: { leadId: w.leads.L3, status: 'CONFIRMED_COUNTERFEIT' } });
    const action = await q('guangdong', SET_STATUS, { input: { leadId: w.leads.L5, status: 'ACTIONED' } });
    expect([confirm.data?.setLeadStatus.status, action.data?.setLeadStatus.status]).toEqual(['CONFIRMED_COUNTERFEIT', 'ACTIONED']);

    // A hub: one device shared by 51 sellers, one of them confirmed.
    const hub = randomUUID();
    const hubLeads = Array.from({ length: 51 }, (_, i) =>
      referral({ externalId: `H${i}-${w.tag}`, seller: { platformAccountId: `h${i}-${w.tag}` }, phones: [randomMobile()], deviceIds: [hub], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}${500 + i}号` }] }),
    );
    const hubIds = await w.refer('A', hubLeads);
    await w.settle();
    await q('putian', SET_STATUS, { input: { leadId: hubIds[`H0-${w.tag}`], status: 'CONFIRMED_COUNTERFEIT' } });

    const pay3 = `pay3-${w.tag}@example.com`;
    newLeads = await w.refer('A', [
      // A new account paying into the confirmed seller's account (and b4's, actioned in Guangdong).
      referral({ externalId: `L8-${w.tag}`, seller: { platformAccountId: `s8-${w.tag}` }, phones: [randomMobile()], paymentAccounts: [{ kind: 'ALIPAY' as never, account: pay3 }], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}8号` }] }),
      // The confirmed account itself, back with a new listing.
      referral({ externalId: `L9-${w.tag}`, seller: { platformAccountId: `s3-${w.tag}` }, phones: [randomMobile()], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}9号` }] }),
      // Tied to a confirmed seller only through the hub device.
      referral({ externalId: `L10-${w.tag}`, seller: { platformAccountId: `s10-${w.tag}` }, phones: [randomMobile()], deviceIds: [hub], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}10号` }] }),
      // Nothing to do with anyone.
      referral({ externalId: `L11-${w.tag}`, seller: { platformAccountId: `s11-${w.tag}` }, phones: [randomMobile()], addresses: [{ role: 'SHIPPING_ORIGIN' as never, text: `${PUTIAN_STREET}11号` }] }),
    ]);
    newLeads = Object.fromEntries(Object.entries(newLeads).map(([k, v]) => [k.replace(`-${w.tag}`, ''), v]));
    await waitForProjection(w.t);
  });
  afterAll(() => w.t.stop());

  it('alerts the agency with the shared identifier and the known lead it may see, and names the other agency only', async () => {
    const alert = await alertFor('putian', newLeads.L8);
    expect(alert).toMatchObject({ kind: 'REPEAT_INFRINGER', acknowledgedAt: null, lead: { id: newLeads.L8, externalId: `L8-${w.tag}` } });
    expect(alert.evidence).toEqual({
      links: [
        {
          via: 'SHARED_IDENTIFIER',
          identifier: { id: w.keys.PAY3, kind: 'PAYMENT_ACCOUNT', display: expect.any(String) },
          sellerIds: [w.sellers.s3],
          knownLeads: [{ id: w.leads.L3, externalId: `L3-${w.tag}`, status: 'CONFIRMED_COUNTERFEIT' }],
        },
      ],
      // b4 also pays into PAY3 and its L5 was actioned in Guangdong: Putian learns whom to call, nothing more.
      otherAgencies: [{ name: w.orgNames.guangdong }],
    });
    expect(JSON.stringify(alert)).not.toContain(w.leads.L5);
    expect(JSON.stringify(alert)).not.toContain(w.sellers.b4);
  });

  it('alerts when the confirmed account itself comes back', async () => {
    const alert = await alertFor('putian', newLeads.L9);
    expect(alert.evidence.links).toEqual([
      { via: 'SAME_ACCOUNT', identifier: null, sellerIds: [w.sellers.s3], knownLeads: [{ id: w.leads.L3, externalId: `L3-${w.tag}`, status: 'CONFIRMED_COUNTERFEIT' }] },
    ]);
  });

  it('the referring platform is told that its lead matches, and nothing else', async () => {
    const notices = await eventually(async () => {
      const edges = (await q('platformA', NOTICES)).data?.platformNotices.edges ?? [];
      return edges.length >= 2 ? edges.map((e: any) => e.node) : undefined;
    });
    expect(notices.map((n: any) => n.lead.externalId).sort()).toEqual([`L8-${w.tag}`, `L9-${w.tag}`]);
    for (const n of notices) expect(Object.keys(n).sort()).toEqual(['createdAt', 'id', 'kind', 'lead']);
    expect(notices.every((n: any) => n.kind === 'KNOWN_INFRINGER_MATCH')).toBe(true);
    expect((await q('platformB', NOTICES)).data?.platformNotices.edges).toEqual([]);
  });

  it('a hub identifier (more than 50 sellers) and an unrelated lead raise nothing; other agencies get nothing', async () => {
    await alertFor('putian', newLeads.L9); // the batch has been processed
    const ids = (await alertsOf('putian')).map((a: any) => a.lead.id);
    expect(ids).not.toContain(newLeads.L10);
    expect(ids).not.toContain(newLeads.L11);
    expect(await alertsOf('guangdong')).toEqual([]);
    expect(await alertsOf('secretariat')).toEqual([]);
  });

  it('pages alerts with cursors', async () => {
    const first = await q('putian', ALERTS, { first: 1 });
    expect(first.data?.alerts.edges).toHaveLength(1);
    expect(first.data?.alerts.pageInfo.hasNextPage).toBe(true);
    const next = await q('putian', ALERTS, { first: 1, after: first.data?.alerts.pageInfo.endCursor });
    expect(next.data?.alerts.edges[0].node.id).not.toBe(first.data?.alerts.edges[0].node.id);
  });

  it('only the alerted agency may acknowledge; platforms may not read alerts', async () => {
    const alert = await alertFor('putian', newLeads.L8);
    expect(codes(await q('guangdong', ACK, { id: alert.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await q('platformA', ACK, { id: alert.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await q('platformA', ALERTS))).toEqual(['FORBIDDEN']);
    expect(codes(await q('putian', NOTICES))).toEqual(['FORBIDDEN']);
    const ack = await q('putian', ACK, { id: alert.id });
    expect(ack.data?.acknowledgeAlert.acknowledgedAt).toEqual(expect.any(String));
    const audit = await w.t.app.orm.em.fork().execute<{ n: string }[]>(
      `select count(*)::text as n from audit_event where action = 'ACKNOWLEDGE_ALERT' and target_id = ?`,
      [alert.id],
    );
    expect(audit[0].n).toBe('1');
  });
});
