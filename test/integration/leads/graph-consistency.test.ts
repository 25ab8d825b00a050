import path from 'node:path';
import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { startNeo4jInstance, type Neo4jInstance } from '../../support/neo4j-process';
import { REFER_LEADS, referral, runTag, waitForProjection } from '../../support/leads';
import { checkGraph, rebuildGraph } from '../../../api/src/modules/projection/graph-maintenance';

// graph:check and graph:rebuild compare and rebuild the whole graph, so this suite runs a
// Neo4j of its own, empty but for what it projects.
describe('graph:check and graph:rebuild', () => {
  let graph: Neo4jInstance;
  let t: TestApp;
  const tag = runTag();

  beforeAll(async () => {
    graph = await startNeo4jInstance({
      port: Number(process.env.NEO4J_CHECK_TEST_PORT ?? 7696),
      dataDir: path.resolve(__dirname, '../../../.data/neo4j-check-test'),
    });
    t = await startTestApp({ neo4jUrl: graph.boltUrl });
    await t.app.graph.write({ text: 'MATCH (n) DETACH DELETE n' });
    await createOrgUser(t, { orgName: `平台-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `c-${tag}@p.test`, password: 'pw-check-1' });
  }, 240_000);
  afterAll(async () => {
    await t?.stop();
    await graph?.stop();
  });

  it('finds PostgreSQL and Neo4j in agreement, reports a deleted node and its edges, and a rebuild repairs it', async () => {
    const token = await signIn(t, `c-${tag}@p.test`, 'pw-check-1');
    const leads = Array.from({ length: 12 }, (_, i) => referral({ externalId: `c${i}-${tag}`, seller: { platformAccountId: `s${i % 4}-${tag}` } }));
    expect((await gql(t.baseUrl, REFER_LEADS, { input: { leads } }, token)).data?.referLeads.accepted).toBe(12);
    await waitForProjection(t);

    const clean = await checkGraph(t.app.orm, t.app.graph);
    expect(clean.ok).toBe(true);
    expect(clean.sections.find((s) => s.name === 'Lead nodes')?.diff).toMatchObject({ onlyInA: 0, onlyInB: 0 });

    const phone = `PHONE:+86${leads[0].phones![0]}`;
    await t.app.graph.write({ text: 'MATCH (p:Phone {key: $key}) DETACH DELETE p', params: { key: phone } });
    const broken = await checkGraph(t.app.orm, t.app.graph);
    expect(broken.ok).toBe(false);
    expect(broken.sections.find((s) => s.name === 'Phone nodes')?.diff).toMatchObject({ onlyInA: 1, onlyInB: 0, examplesA: [phone] });
    expect(broken.sections.find((s) => s.name.startsWith('seller'))?.diff.onlyInA).toBe(1);

    const progress: number[] = [];
    expect(await rebuildGraph(t.app.orm, t.app.graph, (done) => progress.push(done))).toBe(12);
    expect(progress.at(-1)).toBe(12);
    expect((await checkGraph(t.app.orm, t.app.graph)).ok).toBe(true);
  }, 240_000);
});
