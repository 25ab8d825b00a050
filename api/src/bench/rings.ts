import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  clearGraph,
  computeLinkComponents,
  computeRings,
  ensureGraphSchema,
  GraphExecutor,
  linksOfPages,
  projectLeads,
  readLinkPages,
  RING_ANALYSIS_DEFAULTS,
  type LeadGraphRecord,
  type LinkPage,
} from '@cloudsword/graph';
import { generateLeads, IdentifierKind, OrgKind, Role, validateReferral, type GeneratedLead } from '@cloudsword/shared';
import { startApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { loadConfig } from '../config.js';
import { openOrm } from '../database/orm.js';
import { createLogger } from '../logger.js';
import { RingAnalysisService } from '../modules/rings/ring-analysis.service.js';
import { takeRingLock } from '../modules/rings/ring-pending.js';
import { loadScopePlatforms } from '../modules/rings/ring-store.js';
import { numberArg, peakRssMb, rate } from './bench-args.js';
import { freshBenchDatabase } from './bench-db.js';

// npm run bench:rings -- --accounts 1000000 [--reuse]
//
// Generates a synthetic world (shared/src/synthetic) of `accounts` seller accounts, normalises
// every referral (validateReferral) and loads it into Neo4j DIRECTLY with the projection code
// (projectLeads, batches of 2,000) — not through the HTTP API, which would take hours at this
// size. The last 1,000 leads are held back. Then, in a fresh child process (so that its peak RSS
// is the analysis's own): a full ring analysis as the job runs it, a second one with nothing
// changed, the incremental update after the 1,000 held-back leads are projected, the latency of
// `ring(id) { subgraph(limit: 500) }` over HTTP (on a planted 500-node ring), and the baseline — connected components alone
// over the same links — with the ratio.
//
// Uses its own PostgreSQL database (BENCH_DATABASE_URL, default cloudsword_bench_rings) and
// CLEARS the Neo4j at BENCH_NEO4J_URL (default: the test instance, 7688). --reuse keeps a graph
// loaded by an earlier run of the same size.

const ACCOUNTS = numberArg('accounts', 200_000);
const NEW_LEADS = 1_000;
const SEED = 20261123;
const NEO4J_URL = process.env.BENCH_NEO4J_URL ?? 'bolt://127.0.0.1:7688';
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cloudsword_bench_rings';
const HELD_BACK_FILE = path.join(tmpdir(), `cloudsword-bench-rings-${ACCOUNTS}.json`);
const PLATFORM_ORG_IDS: Record<string, string> = {
  taobao: '00000000-0000-4000-8000-000000000001',
  jd: '00000000-0000-4000-8000-000000000002',
  pdd: '00000000-0000-4000-8000-000000000003',
  douyin: '00000000-0000-4000-8000-000000000004',
};
const codeOf = (platform: string) => `BENCH-${platform.toUpperCase()}`;
const ANALYST = { email: 'analyst@bench.test', password: 'bench-password-1' };

const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  if (process.argv.includes('--measure')) return measure();
  log(`bench:rings — ${ACCOUNTS.toLocaleString('en')} seller accounts, Neo4j ${NEO4J_URL}, PostgreSQL ${redact(DB_URL)}`);
  await load();
  // The analysis runs in a child of its own, so that its peak RSS is not the generator's.
  const child = fork(__filename, [...process.argv.slice(2), '--measure'], { stdio: 'inherit' });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  process.exit(code);
}

// ---- load ---------------------------------------------------------------------------------

async function load(): Promise<void> {
  const graph = new GraphExecutor({ url: NEO4J_URL, user: 'neo4j', password: 'x', connectionTimeoutMs: 20_000 });
  try {
    const marker = await graph.read<{ accounts: number }>({ text: `MATCH (m:BenchRingsWorld {key: 'bench'}) RETURN m.accounts AS accounts` });
    const loaded = marker.records[0]?.get('accounts');
    await resetDatabase();
    if (process.argv.includes('--reuse') && loaded === ACCOUNTS) {
      log(`load: reusing the graph of ${ACCOUNTS.toLocaleString('en')} accounts already in Neo4j (--reuse)`);
      return;
    }
    const started = performance.now();
    await clearGraph(graph);
    await ensureGraphSchema(graph);
    log(`load: cleared Neo4j in ${seconds(performance.now() - started)}`);

    const loadStarted = performance.now();
    const heldBack: GeneratedLead[] = [];
    let batch: LeadGraphRecord[] = [];
    let projected = 0;
    let normaliseMs = 0;
    let projectMs = 0;
    const flush = async () => {
      const t = performance.now();
      await projectLeads(graph, batch);
      projectMs += performance.now() - t;
      projected += batch.length;
      batch = [];
      if (projected % 100_000 < 2_000) log(`  loaded ${projected.toLocaleString('en')} leads (${rate(projected, performance.now() - loadStarted)})`);
    };
    for (const lead of generateLeads({ seed: SEED, accounts: ACCOUNTS })) {
      // Hold the newest 1,000 back for the incremental step.
      heldBack.push(lead);
      if (heldBack.length <= NEW_LEADS) continue;
      const t = performance.now();
      const record = toRecord(heldBack.shift()!);
      normaliseMs += performance.now() - t;
      if (record) batch.push(record);
      if (batch.length === 2_000) await flush();
    }
    if (batch.length > 0) await flush();
    await graph.write({ text: `MERGE (m:BenchRingsWorld {key: 'bench'}) SET m.accounts = $accounts`, params: { accounts: ACCOUNTS } });
    writeFileSync(HELD_BACK_FILE, JSON.stringify(heldBack));
    const total = performance.now() - loadStarted;
    log(
      `load: ${projected.toLocaleString('en')} leads generated, normalised and projected with projectLeads in ${seconds(total)} ` +
        `(normalising ${seconds(normaliseMs)}, projecting ${seconds(projectMs)} = ${rate(projected, projectMs)}); ${NEW_LEADS} held back`,
    );
    const counts = await graph.read<{ sellers: number; rels: number }>({
      text: `MATCH (s:SellerAccount) WITH count(s) AS sellers MATCH ()-[r]->() RETURN sellers, count(r) AS rels`,
    });
    log(`load: graph holds ${Number(counts.records[0].get('sellers')).toLocaleString('en')} sellers, ${Number(counts.records[0].get('rels')).toLocaleString('en')} relationships`);
  } finally {
    await graph.close();
  }
}

function toRecord(lead: GeneratedLead): LeadGraphRecord | null {
  const check = validateReferral(lead.referral, { hashResidentId: (canonical) => canonical });
  if (!check.ok) return null;
  const v = check.lead;
  const orgId = PLATFORM_ORG_IDS[lead.platform];
  return {
    id: randomUUID(),
    platform: codeOf(lead.platform),
    platformOrgId: orgId,
    externalId: v.externalId,
    status: 'ROUTED',
    infringementType: v.infringementType,
    brands: v.brands,
    observedAt: new Date(v.observedAt).toISOString(),
    estimatedValueYuan: v.estimatedValueYuan,
    riskScore: v.riskScore,
    visibleTo: [orgId],
    seller: { accountId: v.seller.accountId, shopName: v.seller.shopName, registrationName: v.seller.registrationName },
    identifiers: v.identifiers,
  };
}

/** A fresh, migrated database with the four platforms and a secretariat analyst (rings start empty). */
async function resetDatabase(): Promise<void> {
  const orm = await freshBenchDatabase(DB_URL);
  try {
    const em = orm.em.fork();
    for (const [platform, id] of Object.entries(PLATFORM_ORG_IDS)) {
      await em.execute(`insert into organisation (id, code, kind, name) values (?, ?, ?, ?) on conflict (id) do nothing`, [id, codeOf(platform), OrgKind.PLATFORM, platform]);
    }
    await em.execute(
      `insert into organisation (id, code, kind, name) values ('00000000-0000-4000-8000-000000000010', 'BENCH-SECRETARIAT', ?, '联盟秘书处') on conflict (id) do nothing`,
      [OrgKind.ALLIANCE_SECRETARIAT],
    );
    await em.execute(
      `insert into app_user (organisation_id, email, display_name, password_hash, roles)
       values ('00000000-0000-4000-8000-000000000010', ?, 'bench analyst', ?, ?::text[]) on conflict do nothing`,
      [ANALYST.email, await hashPassword(ANALYST.password), `{${Role.ANALYST}}`],
    );
  } finally {
    await orm.close(true);
  }
}

// ---- measure (child process) --------------------------------------------------------------

async function measure(): Promise<void> {
  const logger = createLogger('warn');
  const orm = await openOrm(DB_URL);
  const graph = new GraphExecutor({ url: NEO4J_URL, user: 'neo4j', password: 'x', connectionTimeoutMs: 20_000 });
  const service = new RingAnalysisService(orm, graph, logger);
  const results: [string, string][] = [];
  try {
    const heldBack = await withdrawHeldBack(graph);
    await projectLeads(graph, plantedRing());
    // 1. Full analysis, exactly as the job runs it (read → computeRings → match → save).
    const phases = watchPhases(orm);
    const job = await service.queueFull(orm.em.fork(), null);
    let started = performance.now();
    const status = await service.runFull(job.id);
    const fullMs = performance.now() - started;
    const fullRss = peakRssMb();
    const phaseMs = phases.stop();
    if (status !== 'SUCCEEDED') throw new Error(`full analysis ${status}`);
    const [row] = await orm.em.fork().execute<Record<string, string | number>[]>(`select * from analysis_job where id = ?`, [job.id]);
    results.push(['full analysis (first, all rings new)', `${seconds(fullMs)}  [${phaseMs}]`]);
    results.push(['  accounts with shared identifiers / links read', `${Number(row.accounts_read).toLocaleString('en')} / ${Number(row.links_read).toLocaleString('en')}`]);
    results.push(['  rings found / super nodes suppressed', `${Number(row.rings_found).toLocaleString('en')} / ${Number(row.super_nodes).toLocaleString('en')}`]);
    results.push(['  peak RSS of the analysis process', `${fullRss.toLocaleString('en')} MB`]);

    // 2. Again, nothing changed: every id kept, nothing rewritten.
    const again = await service.queueFull(orm.em.fork(), null);
    started = performance.now();
    await service.runFull(again.id);
    const [row2] = await orm.em.fork().execute<Record<string, number>[]>(`select rings_created, rings_changed, rings_retired from analysis_job where id = ?`, [again.id]);
    results.push(['full re-analysis (nothing changed)', `${seconds(performance.now() - started)}  (created ${row2.rings_created}, changed ${row2.rings_changed}, retired ${row2.rings_retired})`]);

    // 3. Incremental: project the 1,000 held-back leads, then re-analyse what they touch.
    started = performance.now();
    await projectLeads(graph, heldBack);
    const projectMs = performance.now() - started;
    started = performance.now();
    const incremental = await orm.em.fork().transactional(async (tx) => {
      await takeRingLock(tx);
      return service.reanalyseLeads(tx, heldBack.map((r) => r.id));
    });
    const incrementalMs = performance.now() - started;
    results.push([
      `incremental update after ${heldBack.length.toLocaleString('en')} new leads`,
      `${seconds(incrementalMs)}  (${incremental.sellers} sellers → ${incremental.accounts} accounts re-analysed; ` +
        `${incremental.apply?.rings ?? 0} rings: ${incremental.apply?.created ?? 0} new, ${incremental.apply?.changed ?? 0} changed, ${incremental.apply?.retired ?? 0} retired; ` +
        `projecting them took ${seconds(projectMs)})`,
    ]);

    // 4. ring(id) { subgraph(limit: 500) } over HTTP, on the ring with the most members and evidence.
    results.push(...(await subgraphLatency()));

    // 5. Baseline: connected components alone over the same projection (same reader, same links).
    const scope = { all: false as const, platforms: await loadScopePlatforms(orm.em.fork()) };
    started = performance.now();
    const pages: LinkPage[] = [];
    for await (const page of readLinkPages(graph, scope)) pages.push(page);
    const readMs = performance.now() - started;
    started = performance.now();
    const components = computeLinkComponents(linksOfPages(pages), RING_ANALYSIS_DEFAULTS);
    const componentsMs = performance.now() - started;
    started = performance.now();
    const rings = computeRings(linksOfPages(pages), RING_ANALYSIS_DEFAULTS);
    const ringsMs = performance.now() - started;
    const baselineMs = readMs + componentsMs;
    results.push(['baseline: read links + connected components', `${seconds(baselineMs)}  (read ${seconds(readMs)}, components ${seconds(componentsMs)}: ${components.components.length.toLocaleString('en')} components)`]);
    results.push(['  computeRings alone on the same links', `${seconds(ringsMs)}  (${rings.rings.length.toLocaleString('en')} rings)`]);
    results.push(['ratio full analysis / baseline', `${(fullMs / baselineMs).toFixed(2)}×  (computeRings / components: ${(ringsMs / componentsMs).toFixed(2)}×)`]);
  } finally {
    await service.idle();
    await graph.close();
    await orm.close(true);
  }
  const width = Math.max(...results.map(([k]) => k.length));
  log(`\nresults at ${ACCOUNTS.toLocaleString('en')} accounts (targets on 2 cores: full < 60 s and < 4 GB RSS, incremental < 2 s, 500-node subgraph < 100 ms)`);
  for (const [k, v] of results) log(`  ${k.padEnd(width)}  ${v}`);
}

/**
 * The held-back leads as records. An earlier run with --reuse projected them already: those
 * keep their lead ids and lose their identifiers (the projection retracts them), so that the
 * incremental step projects them as new edges again.
 */
async function withdrawHeldBack(graph: GraphExecutor): Promise<LeadGraphRecord[]> {
  const records = (JSON.parse(readFileSync(HELD_BACK_FILE, 'utf8')) as GeneratedLead[]).map(toRecord).filter((r): r is LeadGraphRecord => r !== null);
  const found = await graph.read<{ platform: string; externalId: string; key: string }>({
    text: 'MATCH (l:Lead) WHERE l.externalId IN $externalIds RETURN l.platform AS platform, l.externalId AS externalId, l.key AS key',
    params: { externalIds: records.map((r) => r.externalId) },
  });
  const keyOf = new Map(found.records.map((r) => [`${r.get('platform')}|${r.get('externalId')}`, r.get('key')]));
  const earlier: LeadGraphRecord[] = [];
  for (const record of records) {
    const key = keyOf.get(`${record.platform}|${record.externalId}`);
    if (key === undefined) continue;
    record.id = key;
    earlier.push({ ...record, identifiers: [] });
  }
  if (earlier.length > 0) await projectLeads(graph, earlier);
  // Ring nodes of an earlier run: this run's database starts without rings.
  await graph.write({ text: 'MATCH (r:Ring) DETACH DELETE r' });
  return records;
}

const PLANTED = 'BENCH-TAOBAO:planted-';

/**
 * A ring drawn with 500 nodes, for the subgraph latency: 50 accounts sharing one Alipay account
 * and chained by others (member i shares one with member i+1), each with 8 identifiers of its
 * own. Deterministic ids, so projecting it again changes nothing.
 */
function plantedRing(): LeadGraphRecord[] {
  const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const identifier = (kind: IdentifierKind, key: string, detail: Record<string, unknown> = {}) => ({ kind, key, role: '', display: key.slice(-6), detail });
  return Array.from({ length: 50 }, (_, i) => ({
    id: id(i),
    platform: codeOf('taobao'),
    platformOrgId: PLATFORM_ORG_IDS.taobao,
    externalId: `planted-${i}`,
    status: 'ROUTED',
    infringementType: 'COUNTERFEIT',
    brands: ['Nike'],
    observedAt: '2026-10-01T00:00:00.000Z',
    estimatedValueYuan: 1000,
    riskScore: 0.9,
    visibleTo: [PLATFORM_ORG_IDS.taobao],
    seller: { accountId: `planted-${pad(i, 2)}`, shopName: null, registrationName: null },
    identifiers: [
      identifier(IdentifierKind.PAYMENT_ACCOUNT, 'PAYMENT_ACCOUNT:ALIPAY:2088999999999999'),
      ...[i - 1, i].filter((k) => k >= 0 && k < 49).map((k) => identifier(IdentifierKind.PAYMENT_ACCOUNT, `PAYMENT_ACCOUNT:ALIPAY:2088${pad(900000000000 + k, 12)}`)),
      ...[0, 1, 2].map((k) => identifier(IdentifierKind.PHONE, `PHONE:+86199${pad(i * 10 + k, 8)}`)),
      ...[0, 1, 2].map((k) => identifier(IdentifierKind.DEVICE, `DEVICE:planted-${i}-${k}`)),
      identifier(IdentifierKind.EMAIL, `EMAIL:planted-${i}@example.com`),
      identifier(IdentifierKind.IP, `IP:10.99.${i}.1`),
    ],
  }));
}

/** Median and p95 of `ring(id) { subgraph(limit: 500) }` through the real API, and the node count. */
async function subgraphLatency(): Promise<[string, string][]> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', DATABASE_URL: DB_URL, NEO4J_URL, NEO4J_PASSWORD: 'x', LOG_LEVEL: 'warn', WORKERS: 'false' });
  const app = await startApp(config, createLogger(config.logLevel));
  try {
    const token = (await post(app.url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: ANALYST }, null)).login.token as string;
    const [ring] = await app.orm.em.fork().execute<{ id: string; size: number }[]>(
      `select r.id, r.size from ring r join ring_member m on m.ring_id = r.id where m.account_key = ?`,
      [`${PLANTED}00`],
    );
    const query = `query($id: ID!) { ring(id: $id) { id size subgraph(limit: 500) { nodes { id label kind display } edges { source target type leadCount } truncated } } }`;
    const first = await post(app.url, query, { id: ring.id }, token);
    const nodes = first.ring.subgraph.nodes.length as number;
    const edges = first.ring.subgraph.edges.length as number;
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await post(app.url, query, { id: ring.id }, token);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const listStarted = performance.now();
    await post(app.url, `{ rings(first: 20) { edges { node { id score size leadCount } } } }`, {}, token);
    return [
      [`ring(id){subgraph(limit:500)} over HTTP, planted ring`, `median ${times[10].toFixed(0)} ms, p95 ${times[18].toFixed(0)} ms  (${ring.size} members, ${nodes} nodes, ${edges} edges, truncated ${first.ring.subgraph.truncated})`],
      ['rings(first: 20) over HTTP', `${(performance.now() - listStarted).toFixed(0)} ms`],
    ];
  } finally {
    await app.stop();
  }
}

async function post(url: string, query: string, variables: Record<string, unknown>, token: string | null): Promise<Record<string, any>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Records when the running job enters each phase (polling its row), for a per-phase breakdown. */
function watchPhases(orm: Awaited<ReturnType<typeof openOrm>>): { stop(): string } {
  const seen: [string, number][] = [];
  const started = performance.now();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    orm.em
      .fork()
      .execute<{ phase: string }[]>(`select phase from analysis_job where status = 'RUNNING' order by created_at desc limit 1`)
      .then((rows) => {
        const phase = rows[0]?.phase;
        if (phase && seen.at(-1)?.[0] !== phase) seen.push([phase, performance.now() - started]);
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      const end = performance.now() - started;
      return seen.map(([phase, at], i) => `${phase.toLowerCase()} ${seconds((seen[i + 1]?.[1] ?? end) - at)}`).join(', ');
    },
  };
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
