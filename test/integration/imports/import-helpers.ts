import http from 'node:http';
import neo4j from 'neo4j-driver';
import { CSV_COLUMNS, generateLeads, toCsvRow, type GeneratedLead } from '@cloudsword/shared';
import { csvLine } from '../../../api/src/modules/imports/csv-text';
import type { TestApp } from '../../support/app';
import { TEST_NEO4J_URL } from '../../support/env';
import { gql } from '../../support/graphql-client';

export const IMPORT_JOB = `query($id: ID!, $first: Int, $after: String) {
  importJob(id: $id) {
    id fileName format status rowsRead accepted rejected bytesRead bytesTotal percent createdAt startedAt finishedAt error
    errors(first: $first, after: $after) { edges { cursor node { row field reason } } pageInfo { hasNextPage endCursor } }
  } }`;

export const IMPORT_JOBS = `query($first: Int, $after: String) {
  importJobs(first: $first, after: $after) { edges { cursor node { id fileName status } } pageInfo { hasNextPage endCursor } } }`;

export interface JobState {
  id: string;
  fileName: string;
  format: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  rowsRead: number;
  accepted: number;
  rejected: number;
  bytesRead: number;
  bytesTotal: number;
  percent: number;
  error: string | null;
  finishedAt: string | null;
  errors: { edges: { cursor: string; node: { row: number; field: string; reason: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export interface UploadOptions {
  fileName?: string;
  contentType?: string;
  query?: string;
}

export async function upload(t: TestApp, token: string | null, body: string | Buffer, options: UploadOptions = {}): Promise<{ status: number; json: any }> {
  const response = await fetch(`${t.baseUrl}/api/imports${options.query ?? ''}`, {
    method: 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': options.contentType ?? 'text/csv',
      ...(options.fileName ? { 'x-file-name': encodeURIComponent(options.fileName) } : {}),
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, json: await response.json() };
}

/** Uploads and returns the job id, failing the test with the answer if the upload was refused. */
export async function uploadOk(t: TestApp, token: string, body: string | Buffer, options: UploadOptions = {}): Promise<string> {
  const answer = await upload(t, token, body, options);
  if (answer.status !== 202) throw new Error(`upload refused: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json.importJob.id as string;
}

export async function jobState(t: TestApp, token: string, id: string, first = 50): Promise<JobState> {
  const result = await gql<{ importJob: JobState }>(t.baseUrl, IMPORT_JOB, { id, first }, token);
  if (!result.data?.importJob) throw new Error(`importJob failed: ${JSON.stringify(result.errors)}`);
  return result.data.importJob;
}

/** Polls until the job has finished; `seen` collects every state observed on the way. */
export async function waitForJob(t: TestApp, token: string, id: string, seen: JobState[] = [], timeoutMs = 120_000): Promise<JobState> {
  const started = Date.now();
  for (;;) {
    const state = await jobState(t, token, id);
    seen.push(state);
    if (state.status === 'SUCCEEDED' || state.status === 'FAILED') return state;
    if (Date.now() - started > timeoutMs) throw new Error(`import ${id} still ${state.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function generated(seed: number, accounts: number): GeneratedLead[] {
  return [...generateLeads({ seed, accounts })];
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

export function csvRow(values: Record<string, string>): string {
  return csvLine(CSV_COLUMNS.map((c) => values[c] ?? ''));
}

export function csvOf(leads: GeneratedLead[]): string {
  return csvHeader() + leads.map((l) => csvRow(toCsvRow(l))).join('');
}

/**
 * Sends a request with only part of a body and reads the answer even when the server closes the
 * connection before the client has finished writing (as it should for a refused upload).
 */
export function rawPost(baseUrl: string, path: string, headers: Record<string, string>, firstBytes: Buffer): Promise<{ status: number; body: any }> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.write(firstBytes);
  });
}

/**
 * Removes from the shared test Neo4j what this suite's leads put there: its leads, its sellers,
 * and identifier, brand and place nodes that nothing else points to any more.
 */
export async function cleanGraph(t: TestApp): Promise<void> {
  const em = t.app.orm.em.fork();
  const leads = (await em.execute<{ id: string }[]>('select id from lead')).map((r) => r.id);
  const keys = (await em.execute<{ key: string }[]>('select distinct key from lead_identifier')).map((r) => r.key);
  // Platform nodes are keyed by organisation code.
  keys.push(...(await em.execute<{ code: string }[]>(`select code from organisation where kind = 'PLATFORM'`)).map((r) => r.code));
  const driver = neo4j.driver(TEST_NEO4J_URL, neo4j.auth.basic('neo4j', 'x'));
  try {
    for (let i = 0; i < leads.length; i += 5000) {
      await driver.executeQuery(
        `MATCH (l:Lead) WHERE l.key IN $ids
         OPTIONAL MATCH (l)-[:REFERS]->(s:SellerAccount)
         OPTIONAL MATCH (l)-[:ALLEGES]->(b:Brand)
         WITH collect(DISTINCT l) + collect(DISTINCT s) AS mine, collect(DISTINCT b) AS brands
         FOREACH (n IN mine | DETACH DELETE n)
         WITH brands UNWIND brands AS b WITH b WHERE NOT EXISTS { ()-->(b) } DELETE b`,
        { ids: leads.slice(i, i + 5000) },
      );
    }
    for (let i = 0; i < keys.length; i += 5000) {
      await driver.executeQuery(
        `MATCH (n) WHERE n.key IN $keys AND NOT EXISTS { ()-->(n) }
         OPTIONAL MATCH (n)-[:IN]->(place:Location)
         DETACH DELETE n
         WITH DISTINCT place WHERE place IS NOT NULL AND NOT EXISTS { ()-->(place) } DELETE place`,
        { keys: keys.slice(i, i + 5000) },
      );
    }
  } finally {
    await driver.close();
  }
}
