import path from 'node:path';
import { OrgKind, Role } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { gql } from '../../support/graphql-client';
import { startNeo4jInstance, type Neo4jInstance } from '../../support/neo4j-process';

const HEALTH = `{ health { ok services { name up latencyMs error } } }`;
type ServiceHealth = { name: string; up: boolean; latencyMs: number | null; error: string | null };
const byName = (services: ServiceHealth[], name: string) => services.find((s) => s.name === name);

// Runs its own Neo4j so that stopping it disturbs no other suite.
describe('health with Neo4j going down and coming back', () => {
  let neo4j: Neo4jInstance;
  let t: TestApp;

  beforeAll(async () => {
    neo4j = await startNeo4jInstance({
      port: Number(process.env.NEO4J_HEALTH_TEST_PORT ?? 7697),
      dataDir: path.resolve(__dirname, '../../../.data/neo4j-health-test'),
    });
    t = await startTestApp({ neo4jUrl: neo4j.boltUrl });
    await createOrgUser(t, {
      orgName: '莆田市公安局',
      kind: OrgKind.POLICE,
      provinceCode: '350000',
      cityCode: '350300',
      role: Role.INVESTIGATOR,
      email: 'pt@police.test',
      password: 'pw-pt-123456',
    });
    await createOrgUser(t, { orgName: '联盟运维', kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.SYSTEM_ADMIN, email: 'ops@alliance.test', password: 'pw-ops-123456' });
  }, 240_000);

  afterAll(async () => {
    await t?.stop();
    await neo4j?.stop();
  });

  it('reports each service, Neo4j down while login still works, and recovers without a restart', async () => {
    const up = await gql(t.baseUrl, HEALTH);
    expect(up.data?.health.ok).toBe(true);
    expect(byName(up.data?.health.services, 'postgresql')).toMatchObject({ up: true, error: null });
    expect(byName(up.data?.health.services, 'neo4j')).toMatchObject({ up: true, error: null });

    await neo4j.stop();
    const down = await gql(t.baseUrl, HEALTH);
    expect(down.data?.health.ok).toBe(false);
    expect(byName(down.data?.health.services, 'postgresql')).toMatchObject({ up: true });
    expect(byName(down.data?.health.services, 'neo4j')).toMatchObject({ up: false, latencyMs: null });
    // Anonymous callers and officers learn that it is down, not the host, port or driver message.
    expect(byName(down.data?.health.services, 'neo4j')).toHaveProperty('error', 'unavailable');
    const officer = await signIn(t, 'pt@police.test', 'pw-pt-123456');
    expect(byName((await gql(t.baseUrl, HEALTH, {}, officer)).data?.health.services, 'neo4j')).toHaveProperty('error', 'unavailable');
    const admin = await signIn(t, 'ops@alliance.test', 'pw-ops-123456');
    const detailed = byName((await gql(t.baseUrl, HEALTH, {}, admin)).data?.health.services, 'neo4j');
    expect(detailed?.error).toEqual(expect.any(String));
    expect(detailed?.error).not.toBe('unavailable');
    const healthz = await fetch(`${t.baseUrl}/healthz`);
    expect(healthz.status).toBe(503);
    expect(JSON.stringify(await healthz.json())).not.toMatch(/127\.0\.0\.1|7697|ECONNREFUSED/);

    await expect(signIn(t, 'pt@police.test', 'pw-pt-123456')).resolves.toEqual(expect.any(String));

    await neo4j.start();
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      const again = await gql(t.baseUrl, HEALTH);
      recovered = again.data?.health.ok === true;
      if (!recovered) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  }, 240_000);
});
