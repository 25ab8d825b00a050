import path from 'node:path';
import neo4j from 'neo4j-driver';
import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { startNeo4jInstance, type Neo4jInstance } from '../../support/neo4j-process';
import { REFER_LEADS, referral, runTag, waitForProjection } from '../../support/leads';

// Runs its own Neo4j so that stopping it disturbs no other suite.
describe('Neo4j down, then up: referrals are accepted and nothing is lost', () => {
  let graph: Neo4jInstance;
  let t: TestApp;
  const tag = runTag();

  beforeAll(async () => {
    graph = await startNeo4jInstance({
      port: Number(process.env.NEO4J_OUTAGE_TEST_PORT ?? 7698),
      dataDir: path.resolve(__dirname, '../../../.data/neo4j-outage-test'),
    });
    t = await startTestApp({ neo4jUrl: graph.boltUrl });
    await createOrgUser(t, { orgName: `平台-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `p-${tag}@p.test`, password: 'pw-outage-1' });
  }, 240_000);
  afterAll(async () => {
    await t?.stop();
    await graph?.stop();
  });

  it('accepts while Neo4j is down and projects every lead once it is back', async () => {
    const token = await signIn(t, `p-${tag}@p.test`, 'pw-outage-1');
    await graph.stop();

    const leads = Array.from({ length: 40 }, (_, i) => referral({ externalId: `o${i}-${tag}`, seller: { platformAccountId: `s${i % 7}-${tag}` } }));
    const result = await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, token);
    expect(result.data?.referLeads).toMatchObject({ accepted: 40, rejected: 0 });
    const pending = await t.app.orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from outbox where processed_at is null`);
    expect(Number(pending[0].n)).toBe(40);

    await graph.start();
    await waitForProjection(t, 120_000);

    const driver = neo4j.driver(graph.boltUrl, neo4j.auth.basic('neo4j', 'x'));
    try {
      const leadNodes = await driver.executeQuery(`MATCH (l:Lead) WHERE l.externalId ENDS WITH $tag RETURN count(l) AS n`, { tag });
      expect(leadNodes.records[0].get('n').toNumber()).toBe(40);
      const sellers = await driver.executeQuery(`MATCH (s:SellerAccount) WHERE s.key ENDS WITH $tag RETURN count(s) AS n`, { tag });
      expect(sellers.records[0].get('n').toNumber()).toBe(7);
      const edges = await driver.executeQuery(
        `MATCH (s:SellerAccount)-[r:HAS_PHONE]->(:Phone) WHERE s.key ENDS WITH $tag WITH r UNWIND r.leads AS lead RETURN count(DISTINCT lead) AS n`,
        { tag },
      );
      expect(edges.records[0].get('n').toNumber()).toBe(40);
    } finally {
      await driver.close();
    }
  }, 300_000);
});
