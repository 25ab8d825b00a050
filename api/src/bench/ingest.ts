import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { clearGraph, ensureGraphSchema, GraphExecutor } from '@cloudsword/graph';
import { generateLeads, validateReferral } from '@cloudsword/shared';
import { openOrm } from '../database/orm.js';
import { prepareBenchDatabase } from './bench-db.js';
import { numberArg, rate } from './bench-args.js';
import { commandCpuSeconds, login, processCpuSeconds, processMemory, startApiChild, stopChildrenOnSignal, waitForApi, type ApiChild } from './api-child.js';

// npm run bench:ingest -- --leads 100000 [--concurrency 2] [--processes 2] [--skip-baselines]
//
// Sends generated referrals through the real batch path (GraphQL referLeads over HTTP, 1,000 a
// call, `--concurrency` calls at a time) to the API running as deployed (docker-compose.yml):
// with `--processes 2` (default) one process serves HTTP and a worker process projects the
// outbox into Neo4j and runs the post-projection hooks; `--processes 1` does it all in one.
// The request bodies are generated before the clock starts, so the generator's CPU is not
// charged to the system. Compares with bare baselines: the same normalised rows written to
// Neo4j by plain UNWIND … MERGE scripts (see `baselines`). Uses its own database
// (cloudsword_bench) and CLEARS the Neo4j at BENCH_NEO4J_URL (default: the test instance, 7688).

const LEADS = numberArg('leads', 100_000);
const BATCH = 1000;
const CONCURRENCY = numberArg('concurrency', 2);
const PROCESSES = numberArg('processes', 2);
const PORT = numberArg('port', 4392);
// --skip-baselines: only the pipeline (while iterating on it); the figures to report need both.
const SKIP_BASELINES = process.argv.includes('--skip-baselines');
const NEO4J_URL = process.env.BENCH_NEO4J_URL ?? 'bolt://127.0.0.1:7688';
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cloudsword_bench';
const CHILD_NODE_OPTIONS = process.env.BENCH_CHILD_NODE_OPTIONS ?? '';
const USER = { email: 'bench@platform.test', password: 'bench-password-1' };
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  if (PROCESSES !== 1 && PROCESSES !== 2) throw new Error('--processes is 1 or 2');
  await prepareBenchDatabase(DB_URL, USER);
  const graph = new GraphExecutor({ url: NEO4J_URL, user: 'neo4j', password: 'x' });
  await clearGraph(graph);
  await ensureGraphSchema(graph);

  const bodies = [...requestBodies()];
  const children = startChildren();
  stopChildrenOnSignal(() => children);
  const orm = await openOrm(DB_URL);
  let e2eMs = 0;
  try {
    await Promise.all(children.map(waitForApi));
    const token = await login(children[0].url, USER);
    console.log(
      `bench:ingest — ${LEADS.toLocaleString('en')} leads, batches of ${BATCH}, ${CONCURRENCY} concurrent calls, ` +
        `${PROCESSES === 2 ? 'an HTTP process and a worker process' : 'one process'}`,
    );
    const cpu = new CpuMeter(children);
    const started = performance.now();
    const accepted = await referAll(children[0].url, token, bodies);
    const acceptedMs = performance.now() - started;
    console.log(`accepted into PostgreSQL: ${accepted.toLocaleString('en')} leads in ${s(acceptedMs)} = ${rate(accepted, acceptedMs)}`);
    await waitForOutbox(orm, 'processed_at is null');
    e2eMs = performance.now() - started;
    console.log(`projected into Neo4j (end to end): ${s(e2eMs)} = ${rate(accepted, e2eMs)}`);
    const cpuAtProjection = cpu.read();
    await waitForOutbox(orm, 'hooks_done_at is null');
    const hooksMs = performance.now() - started;
    console.log(`post-projection hooks (ring queue, name keys, alerts) done: ${s(hooksMs)} = ${rate(accepted, hooksMs)}`);
    await waitForRingQueue(orm);
    const ringsMs = performance.now() - started;
    console.log(`incremental ring analysis caught up: ${s(ringsMs)} = ${rate(accepted, ringsMs)}`);
    const cpuAtRings = cpu.read();
    const perLead = (figures: [string, number][]) => figures.map(([name, seconds]) => `${name} ${((seconds * 1000) / accepted).toFixed(2)}`).join(', ');
    console.log(`CPU ms per lead until projected: ${perLead(cpuAtProjection)}`);
    console.log(`CPU ms per lead until rings caught up: ${perLead(cpuAtRings)}`);
    for (const [i, child] of children.entries()) {
      console.log(`peak RSS of the ${childNames()[i]} process (VmHWM): ${processMemory(child.process.pid!).peakMb} MB`);
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await orm.close(true);
  }
  if (SKIP_BASELINES) {
    console.log('(baselines skipped)');
    await graph.close();
    return;
  }

  const { keysMs, rowsMs, rowsNeo4jCpuMs } = await baselines(graph, bodies);
  await graph.close();
  console.log(`baseline, same rows (plain UNWIND … MERGE of leads, sellers, brands, identifiers, edges with provenance): ${s(rowsMs)} = ${rate(LEADS, rowsMs)}`);
  console.log(`  Neo4j CPU of the same-rows baseline: ${rowsNeo4jCpuMs.toFixed(2)} ms per lead`);
  console.log(`baseline, keys only (plain UNWIND … MERGE of seller→identifier keys): ${s(keysMs)} = ${rate(LEADS, keysMs)}`);
  console.log(`ratio end-to-end / same-rows baseline: ${(e2eMs / rowsMs).toFixed(2)}×; / keys-only baseline: ${(e2eMs / keysMs).toFixed(2)}×  (target ≤ 3×, ≥ 2,000 leads/s)`);
}

function childNames(): string[] {
  return PROCESSES === 2 ? ['HTTP', 'worker'] : ['API'];
}

function startChildren(): ApiChild[] {
  const common = { databaseUrl: DB_URL, neo4jUrl: NEO4J_URL, nodeOptions: CHILD_NODE_OPTIONS };
  if (PROCESSES === 1) return [startApiChild({ ...common, port: PORT, workers: true })];
  return [
    // As docker-compose.yml: the app serves HTTP; the worker projects and analyses rings.
    startApiChild({ ...common, port: PORT, workers: false }),
    startApiChild({ ...common, port: PORT + 1, workers: true, workQueues: 'graph-project,ring-analysis' }),
  ];
}

/** CPU used by the API processes, Neo4j (java), PostgreSQL, and the whole machine. */
class CpuMeter {
  private readonly start: number[];

  constructor(private readonly children: readonly ApiChild[]) {
    this.start = this.sample();
  }

  read(): [string, number][] {
    const used = this.sample().map((v, i) => v - this.start[i]);
    const names = [...childNames(), 'Neo4j', 'PostgreSQL', 'whole machine'];
    return names.map((name, i) => [name, used[i]]);
  }

  private sample(): number[] {
    const cpuLine = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
    const busy = (cpuLine[0] + cpuLine[1] + cpuLine[2] + cpuLine[5] + cpuLine[6] + cpuLine[7]) / 100;
    return [...this.children.map((c) => processCpuSeconds(c.process.pid!)), commandCpuSeconds('java'), commandCpuSeconds('postgres'), busy];
  }
}

async function waitForRingQueue(orm: Awaited<ReturnType<typeof openOrm>>): Promise<void> {
  for (;;) {
    const rows = await orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from ring_pending_lead`);
    if (rows[0].n === '0') return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The referLeads request bodies, generated up front (JSON text, 1,000 referrals each). */
function* requestBodies(): Generator<string> {
  for (const batch of referralBatches()) {
    yield JSON.stringify({ query: 'mutation($i: ReferLeadsInput!) { referLeads(input: $i) { accepted rejected } }', variables: { i: { leads: batch } } });
  }
}

function* referralBatches(): Generator<unknown[]> {
  let batch: unknown[] = [];
  let n = 0;
  for (const lead of generateLeads({ seed: 2026, accounts: Math.ceil(LEADS / 1.3) })) {
    batch.push(lead.referral);
    if (++n === LEADS || batch.length === BATCH) {
      yield batch;
      batch = [];
    }
    if (n === LEADS) return;
  }
  if (batch.length) yield batch;
}

async function referAll(url: string, token: string, bodies: readonly string[]): Promise<number> {
  let next = 0;
  let accepted = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const json = (await response.json()) as { data?: { referLeads: { accepted: number } }; errors?: unknown };
      if (!json.data) throw new Error(`referLeads failed: ${JSON.stringify(json.errors)}`);
      accepted += json.data.referLeads.accepted;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return accepted;
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
async function baselines(graph: GraphExecutor, bodies: readonly string[]): Promise<{ keysMs: number; rowsMs: number; rowsNeo4jCpuMs: number }> {
  await clearGraph(graph);
  const rows: BaselineLead[][] = [];
  const hash = (s: string) => s;
  let n = 0;
  for (const body of bodies) {
    const batch = (JSON.parse(body) as { variables: { i: { leads: unknown[] } } }).variables.i.leads;
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
  // Wall time, and Neo4j's CPU per lead (java: the bench's Neo4j and any other on the box).
  const time = async (text: string): Promise<{ ms: number; neo4jCpuMs: number }> => {
    await clearGraph(graph);
    const cpu = commandCpuSeconds('java');
    const started = performance.now();
    for (const batch of rows) await graph.write({ text, params: { rows: batch } });
    return { ms: performance.now() - started, neo4jCpuMs: ((commandCpuSeconds('java') - cpu) * 1000) / LEADS };
  };
  const { ms: keysMs } = await time(`UNWIND $rows AS r MERGE (s:SellerAccount {key: r.seller})
    WITH s, r UNWIND r.ids AS i MERGE (n:BenchIdentifier {key: i.key}) MERGE (s)-[:HAS]->(n)`);
  const { ms: rowsMs, neo4jCpuMs: rowsNeo4jCpuMs } = await time(`UNWIND $rows AS r
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
  return { keysMs, rowsMs, rowsNeo4jCpuMs };
}



main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
