import neo4j from 'neo4j-driver';
import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { TEST_NEO4J_URL } from '../../support/env';
import { REFER_LEADS, referral, runTag, waitForProjection } from '../../support/leads';

describe('leads in the graph', () => {
  let t: TestApp;
  const tag = runTag();
  const driver = neo4j.driver(TEST_NEO4J_URL, neo4j.auth.basic('neo4j', 'x'));
  const digits = `1397${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  // The same mobile written five ways, as platforms really send it.
  const spellings = [
    digits,
    `+86 ${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
    `0086-${digits}`,
    digits.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
    `86-${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`,
  ];

  beforeAll(async () => {
    t = await startTestApp();
    for (const p of ['a', 'b']) {
      await createOrgUser(t, { orgName: `platform-${p}-${tag}`, orgCode: `P${p.toUpperCase()}-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `${p}-${tag}@p.test`, password: `pw-${p}-12345` });
    }
  });
  afterAll(async () => {
    await driver.executeQuery('MATCH (n) WHERE n.key CONTAINS $tag OR n.key = $phone DETACH DELETE n', { tag, phone: `PHONE:+86${digits}` });
    await driver.close();
    await t.stop();
  });

  it('the same phone in five spellings from two platforms is one Phone node linked to both sellers, with every lead as provenance', async () => {
    const a = await signIn(t, `a-${tag}@p.test`, 'pw-a-12345');
    const b = await signIn(t, `b-${tag}@p.test`, 'pw-b-12345');
    const leadsA = spellings.slice(0, 3).map((phone, i) => referral({ externalId: `a${i}-${tag}`, phones: [phone], seller: { platformAccountId: `seller-a-${tag}` } }));
    const leadsB = spellings.slice(3).map((phone, i) => referral({ externalId: `b${i}-${tag}`, phones: [phone], seller: { platformAccountId: `seller-b-${tag}` } }));
    const ra = await gql(t.baseUrl, REFER_LEADS, { input: { leads: leadsA } }, a);
    const rb = await gql(t.baseUrl, REFER_LEADS, { input: { leads: leadsB } }, b);
    expect([ra.data?.referLeads.accepted, rb.data?.referLeads.accepted]).toEqual([3, 2]);
    const leadIds = [...ra.data?.referLeads.results, ...rb.data?.referLeads.results].map((r: any) => r.leadId).sort();

    await waitForProjection(t);
    const result = await driver.executeQuery(
      `MATCH (p:Phone {key: $key})<-[r]-(s:SellerAccount) RETURN s.key AS seller, type(r) AS type, r.leads AS leads ORDER BY seller`,
      { key: `PHONE:+86${digits}` },
    );
    const rows = result.records.map((r) => ({ seller: r.get('seller'), type: r.get('type'), leads: [...r.get('leads')].sort() }));
    expect(rows.map((r) => r.seller)).toEqual([`PA-${tag}:seller-a-${tag}`, `PB-${tag}:seller-b-${tag}`]);
    expect(rows.every((r) => r.type === 'HAS_PHONE')).toBe(true);
    expect([...rows[0].leads, ...rows[1].leads].sort()).toEqual(leadIds);
    const phones = await driver.executeQuery(`MATCH (p:Phone {key: $key}) RETURN count(p) AS n`, { key: `PHONE:+86${digits}` });
    expect(phones.records[0].get('n')).toEqual(neo4j.int(1));
  });
});
