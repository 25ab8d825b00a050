import 'reflect-metadata';
import { clearGraph, ensureGraphSchema, GraphExecutor } from '@cloudsword/graph';
import { generateLeads, OrgKind, Role, validateReferral } from '@cloudsword/shared';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openOrm } from '../database/orm.js';
import { freshBenchDatabase } from './bench-db.js';
import { createLogger } from '../logger.js';
import { hashPassword } from '../auth/passwords.js';
import { numberArg, peakRssMb, rate } from './bench-args.js';
import { seedOrganisations } from '../seed/seed-organisations.js';

// npm run bench:ingest -- --leads 100000
// Streams generated referrals through the real batch path (GraphQL referLeads over HTTP, 1000 a
// call) with the projector running, and compares with a bare baseline: the same normalised
// rows written to Neo4j by plain UNWIND … MERGE scripts (see `baselines`). Uses its own database
// (cloudsword_bench) and CLEARS the Neo4j at BENCH_NEO4J_URL (default: the test instance, 7688).

const LEADS = numberArg('leads', 100_000);
const BATCH = 1000;
const CONCURRENCY = numberArg('concurrency', 2);
const NEO4J_URL = process.env.BENCH_NEO4J_URL ?? 'bolt://127.0.0.1:7688';
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cloudsword_bench';

async function main(): Promise<void> {
  await resetDatabase(DB_URL);
  const graph = new GraphExecutor({ url: NEO4J_URL, user: 'neo4j', password: 'x' });
  await clearGraph(graph);
  await ensureGraphSchema(graph);

  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', DATABASE_URL: DB_URL, NEO4J_URL, LOG_LEVEL: 'warn' });
  const app = await startApp(config, createLogger(config.logLevel));
  const token = await platformToken(app.url, app.orm);

  console.log(`bench:ingest — ${LEADS.toLocaleString('en')} leads, batches of ${BATCH}, ${CONCURRENCY} concurrent calls`);
  const started = performance.now();
  const accepted = await referAll(app.url, token);
  const acceptedMs = performance.now() - started;
  await waitForOutbox(app.orm, 'processed_at is null');
  const e2eMs = performance.now() - started;
  await waitForOutbox(app.orm, 'hooks_done_at is null');
  const hooksMs = performance.now() - started;
  await app.stop();

  const { keysMs, rowsMs } = await baselines(graph);
  await graph.close();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`accepted into PostgreSQL: ${accepted.toLocaleString('en')} leads in ${s(acceptedMs)} = ${rate(accepted, acceptedMs)}`);
  console.log(`projected into Neo4j (end to end): ${s(e2eMs)} = ${rate(accepted, e2eMs)}`);
  console.log(`post-projection hooks (ring queue, name keys, alerts) done: ${s(hooksMs)} = ${rate(accepted, hooksMs)}`);
  console.log(`baseline, same rows (plain UNWIND … MERGE of leads, sellers, brands, identifiers, edges with provenance): ${s(rowsMs)} = ${rate(LEADS, rowsMs)}`);
  console.log(`baseline, keys only (plain UNWIND … MERGE of seller→identifier keys): ${s(keysMs)} = ${rate(LEADS, keysMs)}`);
  console.log(`ratio end-to-end / same-rows baseline: ${(e2eMs / rowsMs).toFixed(2)}×; / keys-only baseline: ${(e2eMs / keysMs).toFixed(2)}×  (target ≤ 3×, ≥ 2,000 leads/s)`);
  console.log(`peak RSS: ${peakRssMb()} MB`);
}

function* batches(): Generator<unknown[]> {
  let batch: unknown[] = [];
  for (const lead of generateLeads({ seed: 2026, accounts: Math.ceil(LEADS / 1.3) })) {
    batch.push(lead.referral);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function referAll(url: string, token: string): Promise<number> {
  const source = limit(batches(), LEADS);
  let accepted = 0;
  const worker = async () => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'mutation($i: ReferLeadsInput!) { referLeads(input: $i) { accepted rejected } }', variables: { i: { leads: next.value } } }),
      });
      const body = (await response.json()) as { data?: { referLeads: { accepted: number } }; errors?: unknown };
      if (!body.data) throw new Error(`referLeads failed: ${JSON.stringify(body.errors)}`);
      accepted += body.data.referLeads.accepted;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return accepted;
}

function* limit(source: Generator<unknown[]>, max: number): Generator<unknown[]> {
  let n = 0;
  for (const batch of source) {
    const take = batch.slice(0, max - n);
    n += take.length;
    yield take;
    if (n >= max) return;
  }
}

async function waitForOutbox(orm: Awaited<ReturnType<typeof openOrm>>, pending: 'processed_at is null' | 'hooks_done_at is null'): Promise<void> {
  for (;;) {
    const rows = await orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from outbox where ${pending}`);
    if (rows[0].n === '0') return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface BaselineLead {
  key: string;
  seller: string;
  observedAt: string;
  props: Record<string, unknown>;
  sellerProps: Record<string, unknown>;
  brands: string[];
  ids: { key: string; props: Record<string, unknown> }[];
}

/**
 * Two bare baselines over the same normalised referrals, each one plain UNWIND … MERGE script
 * per 1,000 leads (no outbox, no hash check, no retraction, no per-kind statements):
 *  - `keys`: seller→identifier keys only, the least any projection must write;
 *  - `rows`: the rows the projection writes — the Lead with its properties, seller, brands,
 *    identifier nodes with their display properties, and edges carrying lead provenance and
 *    first/last seen — so the ratio compares like with like.
 */
async function baselines(graph: GraphExecutor): Promise<{ keysMs: number; rowsMs: number }> {
  await clearGraph(graph);
  const rows: BaselineLead[][] = [];
  const hash = (s: string) => s;
  let n = 0;
  for (const batch of limit(batches(), LEADS)) {
    rows.push(
      batch.flatMap((raw): BaselineLead[] => {
        const check = validateReferral(raw, { hashResidentId: hash });
        if (!check.ok) return [];
        const v = check.lead;
        const observedAt = new Date(v.observedAt).toISOString();
        return [
          {
            key: `baseline-${n++}`,
            seller: `PLATFORM-BENCH:${v.seller.accountId}`,
            observedAt,
            props: {
              platform: 'PLATFORM-BENCH',
              externalId: v.externalId,
              status: 'ROUTED',
              infringementType: v.infringementType,
              observedAt,
              estimatedValueYuan: v.estimatedValueYuan,
              riskScore: v.riskScore,
              visibleTo: ['00000000-0000-4000-8000-000000000001'],
            },
            sellerProps: { accountId: v.seller.accountId, shopName: v.seller.shopName, registrationName: v.seller.registrationName },
            brands: v.brands.map((b) => b.trim().toLowerCase()),
            ids: v.identifiers.map((i) => ({ key: i.key, props: { kind: i.kind, display: i.display } })),
          },
        ];
      }),
    );
  }
  await graph.write({ text: 'CREATE CONSTRAINT bench_identifier IF NOT EXISTS FOR (n:BenchIdentifier) REQUIRE n.key IS UNIQUE' });
  const time = async (text: string): Promise<number> => {
    await clearGraph(graph);
    const started = performance.now();
    for (const batch of rows) await graph.write({ text, params: { rows: batch } });
    return performance.now() - started;
  };
  const keysMs = await time(`UNWIND $rows AS r MERGE (s:SellerAccount {key: r.seller})
    WITH s, r UNWIND r.ids AS i MERGE (n:BenchIdentifier {key: i.key}) MERGE (s)-[:HAS]->(n)`);
  const rowsMs = await time(`UNWIND $rows AS r
    MERGE (l:Lead {key: r.key}) SET l += r.props
    MERGE (s:SellerAccount {key: r.seller}) SET s += r.sellerProps
    MERGE (l)-[:REFERS]->(s)
    WITH l, s, r
    CALL (l, r) { UNWIND r.brands AS brand MERGE (b:Brand {key: brand}) MERGE (l)-[:ALLEGES]->(b) }
    WITH s, r UNWIND r.ids AS i
    MERGE (n:BenchIdentifier {key: i.key}) SET n += i.props
    MERGE (s)-[e:HAS]->(n)
    ON CREATE SET e.leads = [r.key], e.firstSeen = r.observedAt, e.lastSeen = r.observedAt
    ON MATCH SET e.leads = e.leads + r.key,
      e.firstSeen = CASE WHEN r.observedAt < e.firstSeen THEN r.observedAt ELSE e.firstSeen END,
      e.lastSeen = CASE WHEN r.observedAt > e.lastSeen THEN r.observedAt ELSE e.lastSeen END`);
  await clearGraph(graph);
  await graph.write({ text: 'DROP CONSTRAINT bench_identifier IF EXISTS' });
  return { keysMs, rowsMs };
}

async function resetDatabase(url: string): Promise<void> {
  const orm = await freshBenchDatabase(url);
  // The demo alliance's agencies, so that routing does real work.
  await seedOrganisations(orm.em.fork());
  await orm.close();
}

async function platformToken(url: string, orm: Awaited<ReturnType<typeof openOrm>>): Promise<string> {
  const em = orm.em.fork();
  await em.execute(`insert into organisation (id, code, kind, name, province_code) values (gen_random_uuid(), 'PLATFORM-BENCH', ?, '基准测试平台', '330000')`, [OrgKind.PLATFORM]);
  await em.execute(
    `insert into app_user (id, organisation_id, email, display_name, password_hash, roles)
     select gen_random_uuid(), id, 'bench@platform.test', 'bench', ?, ?::text[] from organisation where code = 'PLATFORM-BENCH'`,
    [await hashPassword('bench-password-1'), `{${Role.REFERRER}}`],
  );
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: {email: "bench@platform.test", password: "bench-password-1"}) { token } }' }),
  });
  const body = (await response.json()) as { data: { login: { token: string } } };
  return body.data.login.token;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
