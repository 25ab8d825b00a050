import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { CSV_COLUMNS, generateLeads, toCsvRow, validateReferral } from '@cloudsword/shared';
import { ImportFormat } from '../modules/imports/import-enums.js';
import { openImportSource } from '../modules/imports/import-reader.js';
import { csvLine } from '../modules/imports/csv-text.js';
import { numberArg, rate } from './bench-args.js';
import { prepareBenchDatabase } from './bench-db.js';
import { login, processMemory, startApiChild, stopChildrenOnSignal, waitForApi, type ApiChild } from './api-child.js';

// npm run bench:import -- --rows 1000000
//
// Writes a CSV file of generated referrals (shared/src/synthetic), starts the API as a child
// process that works only the import queue (WORK_QUEUES=lead-import: the projection of the
// accepted leads is bench:ingest's subject, and here would only compete for the two cores),
// uploads the file over HTTP and follows the job's progress. Reports rows/s and the child's
// peak RSS (VmHWM, sampled with its current RSS along the way). Baseline in the same script:
// the same file read and validated in this process with the same reader and validator,
// without the database. Uses its own database (cloudsword_bench_import); Neo4j is only pinged.

const ROWS = numberArg('rows', 1_000_000);
const PORT = numberArg('port', 4391);
const DB_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/cloudsword_bench_import';
const NEO4J_URL = process.env.BENCH_NEO4J_URL ?? 'bolt://127.0.0.1:7688';
const CHILD_NODE_OPTIONS = process.env.BENCH_CHILD_NODE_OPTIONS ?? '';
const USER = { email: 'importer@bench.test', password: 'bench-password-1' };
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-bench-import-'));
  let child: ApiChild | null = null;
  try {
    const file = path.join(dir, 'referrals.csv');
    let started = performance.now();
    await writeCsv(file);
    const bytes = (await stat(file)).size;
    console.log(`bench:import — ${ROWS.toLocaleString('en')} rows, ${(bytes / 1024 ** 2).toFixed(0)} MiB CSV written in ${s(performance.now() - started)}`);

    started = performance.now();
    const validated = await parseAndValidate(file);
    const baselineMs = performance.now() - started;

    await prepareBenchDatabase(DB_URL, USER);
    const api = startApiChild({
      port: PORT,
      databaseUrl: DB_URL,
      neo4jUrl: NEO4J_URL,
      workers: true,
      workQueues: 'lead-import',
      nodeOptions: CHILD_NODE_OPTIONS,
      extraEnv: { UPLOAD_DIR: path.join(dir, 'uploads') },
    });
    child = api;
    // An interrupted benchmark must not leave its API running (it would go on importing).
    stopChildrenOnSignal(() => [api]);
    const url = api.url;
    await waitForApi(api);
    const token = await login(url, USER);

    started = performance.now();
    const jobId = await upload(url, token, file);
    const uploadMs = performance.now() - started;
    const job = await follow(url, token, jobId, api.process.pid!);
    const importMs = performance.now() - started;

    console.log(`\nresults (${ROWS.toLocaleString('en')} rows, ${(bytes / 1024 ** 2).toFixed(0)} MiB; target: peak RSS < 500 MB)`);
    console.log(`  upload (streamed to disk)             ${s(uploadMs)}`);
    console.log(`  import job, upload to SUCCEEDED       ${s(importMs)} = ${rate(job.rowsRead, importMs)} (accepted ${job.accepted.toLocaleString('en')}, rejected ${job.rejected.toLocaleString('en')})`);
    console.log(`  peak RSS of the API process (VmHWM)   ${job.peakRssMb} MB${CHILD_NODE_OPTIONS ? ` (NODE_OPTIONS=${CHILD_NODE_OPTIONS})` : ''}`);
    console.log(`  baseline: read + validate, no DB      ${s(baselineMs)} = ${rate(validated, baselineMs)}`);
    console.log(`  ratio import / baseline               ${(importMs / baselineMs).toFixed(2)}×`);
  } finally {
    await child?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(csvLine(CSV_COLUMNS));
  let n = 0;
  for (const lead of generateLeads({ seed: 1_000_003, accounts: Math.ceil(ROWS / 1.3) })) {
    const row = toCsvRow(lead);
    await write(csvLine(CSV_COLUMNS.map((c) => row[c] ?? '')));
    if (++n === ROWS) break;
  }
  out.end();
  await once(out, 'finish');
}

async function parseAndValidate(file: string): Promise<number> {
  const source = openImportSource(createReadStream(file, { highWaterMark: 256 * 1024 }), ImportFormat.CSV);
  let rows = 0;
  for await (const item of source.items) {
    if (item.referral !== undefined) validateReferral(item.referral, { hashResidentId: (c) => c });
    rows++;
  }
  return rows;
}

async function upload(url: string, token: string, file: string): Promise<string> {
  const response = await fetch(`${url}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'x-file-name': 'bench.csv' },
    body: createReadStream(file) as unknown as RequestInit["body"],
    duplex: 'half',
  } as RequestInit);
  const json = (await response.json()) as { importJob?: { id: string }; errors?: unknown };
  if (response.status !== 202 || !json.importJob) throw new Error(`upload refused: ${response.status} ${JSON.stringify(json)}`);
  return json.importJob.id;
}

interface JobView {
  status: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  percent: number;
  error: string | null;
}

async function follow(url: string, token: string, id: string, pid: number): Promise<JobView & { peakRssMb: number }> {
  let lastPrint = 0;
  let maxSampled = 0;
  for (;;) {
    const { importJob: job } = await graphql<{ importJob: JobView }>(
      url,
      token,
      `query($id: ID!) { importJob(id: $id) { status rowsRead accepted rejected percent error } }`,
      { id },
    );
    const rss = processMemory(pid);
    maxSampled = Math.max(maxSampled, rss.currentMb);
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') {
      if (job.status === 'FAILED') throw new Error(`import failed: ${job.error}`);
      return { ...job, peakRssMb: Math.max(rss.peakMb, maxSampled) };
    }
    if (Date.now() - lastPrint > 10_000) {
      lastPrint = Date.now();
      console.log(`  ${job.status} ${job.percent}%: ${job.rowsRead.toLocaleString('en')} rows read, ${job.accepted.toLocaleString('en')} accepted; API RSS ${rss.currentMb} MB (peak ${rss.peakMb} MB)`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Current and peak resident set of a process, in MB, from /proc (Linux). */

async function graphql<T>(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
