import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { OrgKind, Role, toCsvRow } from '@cloudsword/shared';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../../support/app';
import { codes, gql } from '../../support/graphql-client';
import {
  cleanGraph,
  csvHeader,
  csvOf,
  csvRow,
  generated,
  IMPORT_JOBS,
  jobState,
  rawPost,
  upload,
  uploadOk,
  waitForJob,
  type JobState,
} from './import-helpers';

jest.setTimeout(180_000);

describe('bulk import of referrals', () => {
  let t: TestApp;
  let uploadDir: string;
  const tag = randomBytes(3).toString('hex');
  const seed = 0x1e7000 + (parseInt(tag, 16) % 4096);
  const tokens: Record<'a' | 'b' | 'police', string> = { a: '', b: '', police: '' };
  const leads = generated(seed, 120);

  // Row numbers (1-based data rows) of the deliberately bad rows, and how each must be reported.
  const bad = new Map<number, { field: RegExp; reason: RegExp }>([
    [3, { field: /^observed_at$/, reason: /ISO 8601/ }],
    [10, { field: /^external_id$/, reason: /required/ }],
    [25, { field: /^infringement_type$/, reason: /must be one of/ }],
    [40, { field: /^\(row\)$/, reason: /columns, the header has 21/ }],
    [55, { field: /^\(row\)$/, reason: /quote/ }],
    [70, { field: /^addresses\[0\]$/, reason: /ROLE:address/ }],
  ]);

  // The generated leads as CSV rows, with the rows numbered in `bad` spoiled.
  function badCsv(): string {
    const lines = leads.map((lead, i) => {
      const row = i + 1;
      const values = toCsvRow(lead);
      if (!bad.has(row)) return csvRow(values);
      values.external_id = `bad-${row}-${tag}`; // never the id of a good row's lead
      values.notes = '';
      if (row === 3) values.observed_at = '2026/03/14 09:21';
      if (row === 10) values.external_id = '';
      if (row === 25) values.infringement_type = 'KNOCKOFF';
      if (row === 70) values.addresses = '浙江省金华市义乌市稠城街道工业路8号';
      const line = csvRow(values);
      if (row === 40) return line.replace(/,\r\n$/, '\r\n'); // one column short
      if (row === 55) return `${values.external_id},https://x.test/a"b${line.slice(line.indexOf(',', values.external_id.length + 1))}`;
      return line;
    });
    return csvHeader() + lines.join('');
  }

  async function leadCount(): Promise<number> {
    const rows = await t.app.orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from lead l join organisation o on o.id = l.platform_org_id where o.code = ?`, [`PA-${tag}`]);
    return Number(rows[0].n);
  }

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'cs-imports-'));
    t = await startTestApp({ env: { UPLOAD_DIR: uploadDir } });
    await createOrgUser(t, { orgName: `平台甲-${tag}`, orgCode: `PA-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `a-${tag}@p.test`, password: 'pw-import-a1' });
    await createOrgUser(t, { orgName: `平台乙-${tag}`, orgCode: `PB-${tag}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: `b-${tag}@p.test`, password: 'pw-import-b1' });
    await createOrgUser(t, { orgName: `义乌市公安局-${tag}`, kind: OrgKind.POLICE, provinceCode: '330000', cityCode: '330700', role: Role.INVESTIGATOR, email: `police-${tag}@p.test`, password: 'pw-import-c1' });
    tokens.a = await signIn(t, `a-${tag}@p.test`, 'pw-import-a1');
    tokens.b = await signIn(t, `b-${tag}@p.test`, 'pw-import-b1');
    tokens.police = await signIn(t, `police-${tag}@p.test`, 'pw-import-c1');
  });

  afterAll(async () => {
    if (t) {
      await waitForOutbox(t).catch(() => undefined);
      await cleanGraph(t).catch(() => undefined);
      await t.stop();
    }
    await rm(uploadDir, { recursive: true, force: true });
  });

  let csvJobId = '';

  it('imports a CSV: good rows become leads, each bad row is reported with its row, field and reason', async () => {
    const text = badCsv();
    csvJobId = await uploadOk(t, tokens.a, text, { fileName: '线索导出-11月.csv' });
    const job = await waitForJob(t, tokens.a, csvJobId);

    expect(job).toMatchObject({ status: 'SUCCEEDED', fileName: '线索导出-11月.csv', format: 'CSV', error: null, percent: 100 });
    expect(job.rowsRead).toBe(leads.length);
    expect(job.rejected).toBe(bad.size);
    expect(job.accepted).toBe(leads.length - bad.size);
    expect(job.bytesRead).toBe(Buffer.byteLength(text));
    expect(job.bytesTotal).toBe(Buffer.byteLength(text));
    expect(await leadCount()).toBe(leads.length - bad.size);

    const reported = new Map<number, { field: string; reason: string }[]>();
    for (const { node } of job.errors.edges) reported.set(node.row, [...(reported.get(node.row) ?? []), node]);
    expect([...reported.keys()].sort((x, y) => x - y)).toEqual([...bad.keys()]);
    for (const [row, expected] of bad) {
      expect(reported.get(row)).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringMatching(expected.field), reason: expect.stringMatching(expected.reason) })]));
    }
    // The uploaded file is removed once processed.
    await expectUploadsRemoved(uploadDir);
  });

  it('re-importing the same file updates the leads and never duplicates them', async () => {
    const before = await leadCount();
    const id = await uploadOk(t, tokens.a, badCsv(), { fileName: 'again.csv' });
    const job = await waitForJob(t, tokens.a, id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', accepted: before, rejected: bad.size });
    expect(await leadCount()).toBe(before);
    const versions = await t.app.orm.em.fork().execute<{ v: number }[]>(`select min(version) as v from lead where import_job_id = ?`, [id]);
    expect(versions[0].v).toBe(2);
  });

  it('imports JSON Lines: a row is its line number; a line that is not JSON is rejected on its own', async () => {
    const referrals = generated(seed + 1, 20).map((l) => ({ ...l.referral, externalId: `jl-${l.referral.externalId}-${tag}` }));
    const lines = referrals.map((r) => JSON.stringify(r));
    lines.splice(4, 0, '{"externalId": "broken-json", ');
    lines.splice(7, 0, '');
    lines.splice(9, 0, JSON.stringify({ ...referrals[0], externalId: `jl-late-${tag}`, observedAt: '2099-01-01T00:00:00+08:00' }));
    const body = `\ufeff${lines.join('\n')}\n`;
    const before = await leadCount();

    const id = await uploadOk(t, tokens.a, body, { contentType: 'application/x-ndjson', fileName: 'leads.jsonl' });
    const job = await waitForJob(t, tokens.a, id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'JSONL', accepted: referrals.length, rejected: 2, rowsRead: referrals.length + 2 });
    expect(job.errors.edges.map((e) => e.node)).toEqual([
      { row: 5, field: '(line)', reason: expect.stringMatching(/not valid JSON/) },
      { row: 10, field: 'observedAt', reason: 'must not be in the future' },
    ]);
    expect(await leadCount()).toBe(before + referrals.length);
  });

  it('shows progress while a larger file runs', async () => {
    const many = generated(seed + 2, 1600).map((l) => ({ ...l, referral: { ...l.referral, externalId: `big-${l.referral.externalId}-${tag}` } }));
    const text = csvOf(many);
    const seen: JobState[] = [];
    const id = await uploadOk(t, tokens.a, text, { query: '?format=csv' });
    const job = await waitForJob(t, tokens.a, id, seen);

    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsRead: many.length, accepted: many.length, rejected: 0, percent: 100 });
    const running = seen.filter((s) => s.status === 'RUNNING' && s.rowsRead > 0 && s.rowsRead < many.length);
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((s) => s.bytesRead > 0 && s.bytesRead <= s.bytesTotal && s.percent < 100)).toBe(true);
    const rows = seen.map((s) => s.rowsRead);
    expect(rows).toEqual([...rows].sort((x, y) => x - y));
  });

  it('downloads the error report as CSV with a BOM, for the own platform only', async () => {
    const response = await fetch(`${t.baseUrl}/api/imports/${csvJobId}/errors.csv`, { headers: { authorization: `Bearer ${tokens.a}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('线索导出-11月-errors.csv'));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('row,field,reason');
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(expect.arrayContaining([...bad.keys()]));
    expect(lines.some((l) => l.startsWith('3,observed_at,'))).toBe(true);

    const other = await fetch(`${t.baseUrl}/api/imports/${csvJobId}/errors.csv`, { headers: { authorization: `Bearer ${tokens.b}` } });
    expect(other.status).toBe(404);
    expect(((await other.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it("keeps each platform's jobs to itself; agencies get FORBIDDEN", async () => {
    const asB = await gql(t.baseUrl, `query($id: ID!) { importJob(id: $id) { id } }`, { id: csvJobId }, tokens.b);
    expect(codes(asB)).toEqual(['NOT_FOUND']);
    const listB = await gql(t.baseUrl, IMPORT_JOBS, { first: 100 }, tokens.b);
    expect(listB.data?.importJobs.edges).toEqual([]);

    const listA = await gql(t.baseUrl, IMPORT_JOBS, { first: 2 }, tokens.a);
    expect(listA.data?.importJobs.edges).toHaveLength(2);
    expect(listA.data?.importJobs.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(t.baseUrl, IMPORT_JOBS, { first: 100, after: listA.data?.importJobs.pageInfo.endCursor }, tokens.a);
    const all = [...listA.data?.importJobs.edges, ...rest.data?.importJobs.edges].map((e: any) => e.node.id);
    expect(all).toContain(csvJobId);
    expect(new Set(all).size).toBe(all.length);

    const police = await gql(t.baseUrl, IMPORT_JOBS, {}, tokens.police);
    expect(codes(police)).toEqual(['FORBIDDEN']);
    const policeUpload = await upload(t, tokens.police, csvOf(leads.slice(0, 2)));
    expect(policeUpload).toEqual({ status: 403, json: { errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] } });
    const anonymous = await upload(t, null, csvOf(leads.slice(0, 2)));
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('pages through row errors with cursors', async () => {
    const first = await gql(t.baseUrl, `query($id: ID!) { importJob(id: $id) { errors(first: 2) { edges { cursor node { row } } pageInfo { hasNextPage endCursor } } } }`, { id: csvJobId }, tokens.a);
    const page1 = first.data?.importJob.errors;
    expect(page1.edges.map((e: any) => e.node.row)).toEqual([3, 10]);
    const second = await gql(t.baseUrl, `query($id: ID!, $after: String) { importJob(id: $id) { errors(first: 50, after: $after) { edges { node { row } } pageInfo { hasNextPage } } } }`, { id: csvJobId, after: page1.pageInfo.endCursor }, tokens.a);
    expect(second.data?.importJob.errors.edges.map((e: any) => e.node.row)).toEqual([25, 40, 55, 70]);
    expect(second.data?.importJob.errors.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a file over the size limit with 413 before reading it, and an unknown format with 400', async () => {
    const tooBig = await rawPost(t.baseUrl, '/api/imports', { authorization: `Bearer ${tokens.a}`, 'content-type': 'text/csv', 'content-length': String(3 * 1024 ** 3) }, Buffer.from(csvHeader()));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors[0]).toMatchObject({ message: expect.stringMatching(/2 GiB/), extensions: { code: 'BAD_USER_INPUT' } });

    const unknown = await upload(t, tokens.a, 'x', { contentType: 'application/octet-stream' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const empty = await upload(t, tokens.a, '', { contentType: 'text/csv' });
    expect(empty.status).toBe(400);
    await expectUploadsRemoved(uploadDir);
  });

  it('fails a file it cannot read (unknown column, not UTF-8) with the reason', async () => {
    const unknownColumn = await uploadOk(t, tokens.a, csvHeader().replace('phones', 'phone') + csvRow(toCsvRow(leads[0])));
    expect(await waitForJob(t, tokens.a, unknownColumn)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/phone is not a known column/), accepted: 0 });

    const gbk = Buffer.concat([Buffer.from(csvHeader()), Buffer.from([0xd5, 0xe3, 0xbd, 0xad, 0x2c, 0x0d, 0x0a])]); // 浙江 in GBK
    const notUtf8 = await uploadOk(t, tokens.a, gbk);
    expect(await waitForJob(t, tokens.a, notUtf8)).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/not UTF-8/) });
    await expectUploadsRemoved(uploadDir);
  });

  it('a retry after a crash starts the file again: counters reset, old row errors cleared, no duplicates', async () => {
    const text = badCsv();
    const id = await uploadOk(t, tokens.a, text);
    await waitForJob(t, tokens.a, id);
    // The finished run removes its upload just after SUCCEEDED: let it, before putting one back.
    await expectUploadsRemoved(uploadDir);
    // Put the job back as a crashed run would have left it, halfway, with a stale row error.
    const em = t.app.orm.em.fork();
    const filePath = path.join(uploadDir, id);
    await writeFile(filePath, text);
    await em.execute(`update import_job set status = 'RUNNING', rows_read = 40, accepted = 35, rejected = 5, bytes_read = 100, finished_at = null where id = ?`, [id]);
    await em.execute(`insert into import_row_error (import_job_id, row_number, field, reason) values (?, 999, 'stale', 'from the crashed attempt')`, [id]);
    const before = await leadCount();

    await t.app.services.imports.run(id);
    const job = await jobState(t, tokens.a, id);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsRead: leads.length, accepted: leads.length - bad.size, rejected: bad.size });
    expect(job.errors.edges.map((e) => e.node.row)).toEqual([...bad.keys()]);
    expect(await leadCount()).toBe(before);
    await expectUploadsRemoved(uploadDir);
  });
});

/**
 * A succeeded job removes its upload just after it records SUCCEEDED (so that a crash in
 * between retries the file rather than losing it); wait briefly for that removal.
 */
async function expectUploadsRemoved(uploadDir: string): Promise<void> {
  const deadline = Date.now() + 5000;
  let left = await readdir(uploadDir);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    left = await readdir(uploadDir);
  }
  expect(left).toEqual([]);
}

async function waitForOutbox(t: TestApp): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    const rows = await t.app.orm.em.fork().execute<{ n: string }[]>(`select count(*)::text as n from outbox where processed_at is null`);
    if (rows[0].n === '0') return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
