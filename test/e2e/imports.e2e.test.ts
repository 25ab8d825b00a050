import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OrgKind, Role, toCsvRow } from '@cloudsword/shared';
import { launchBrowser, PageFactory, signInAt, textOf } from '../support/browser.js';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../support/app.js';
import { runTag } from '../support/leads.js';
import { csvHeader, csvRow, generated, jobState, type JobState } from '../integration/imports/import-helpers.js';

// The bulk import page for a platform referrer, through the real web build, API and import
// worker in a real browser: choose a CSV with good and bad rows, follow the job's progress
// bar and counts to the end, read each rejected row's field and reason, download the error
// report. What the API keeps apart (test/integration/imports/import.test.ts) the page must keep
// apart too: another platform sees neither the job in its list nor the job at its URL, and an
// agency officer gets no import page.

jest.setTimeout(180_000);

const PASSWORD = 'Yunjian-2026-imports';

describe('the bulk import page', () => {
  const tag = runTag();
  const users = {
    a: `referrer-a-${tag}@platform.test`,
    b: `referrer-b-${tag}@platform.test`,
    police: `investigator-${tag}@gat.zj.gov.cn`,
  };
  const fileName = `线索导出-${tag}.csv`;
  // 400 generated referrals; rows 7 and 150 spoiled (1-based data rows, as the job reports them).
  const leads = generated(0x3e2e + (parseInt(tag.slice(0, 4), 36) % 4096), 320).slice(0, 400);
  const bad = new Map<number, { field: string; reason: RegExp }>([
    [7, { field: 'observed_at', reason: /ISO 8601/ }],
    [150, { field: 'infringement_type', reason: /must be one of/ }],
  ]);
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let pages: PageFactory | undefined;
  let dir = '';
  let file = '';
  let jobId = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cs-imports-e2e-'));
    app = await startTestApp({ env: { UPLOAD_DIR: path.join(dir, 'uploads') } });
    await createOrgUser(app, { orgName: `平台甲-${tag}`, orgCode: `IA-${tag.toUpperCase()}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: users.a, password: PASSWORD });
    await createOrgUser(app, { orgName: `平台乙-${tag}`, orgCode: `IB-${tag.toUpperCase()}`, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: users.b, password: PASSWORD });
    await createOrgUser(app, { orgName: `浙江省公安厅-${tag}`, kind: OrgKind.POLICE, provinceCode: '330000', role: Role.INVESTIGATOR, email: users.police, password: PASSWORD });

    const lines = leads.map((lead, i) => {
      const values = toCsvRow(lead);
      values.external_id = `${values.external_id}-${tag}`;
      if (i + 1 === 7) values.observed_at = '2026/03/14 09:21';
      if (i + 1 === 150) values.infringement_type = 'KNOCKOFF';
      return csvRow(values);
    });
    file = path.join(dir, fileName);
    await writeFile(file, csvHeader() + lines.join(''));
    browser = await launchBrowser();
    pages = new PageFactory(browser, app.baseUrl);
  });

  afterEach(async () => {
    await pages?.closeAll();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** The progress bar's value, read until the job has finished; every value seen, in order. */
  async function followToTheEnd(page: Page): Promise<number[]> {
    const seen: number[] = [];
    const job = page.getByTestId('import-job');
    for (const started = Date.now(); Date.now() - started < 120_000; ) {
      const value = await job.getByRole('progressbar').getAttribute('aria-valuenow').catch(() => null);
      if (value !== null) seen.push(Number(value));
      const status = await job.getAttribute('data-status').catch(() => null);
      if (status === 'SUCCEEDED' || status === 'FAILED') return seen;
      await page.waitForTimeout(100);
    }
    throw new Error(`the import did not finish on the page; progress seen: ${seen.join(', ')}`);
  }

  it('uploads a CSV, follows its progress to the end, lists each bad row and downloads the report', async () => {
    const page = await pages!.open();
    await signInAt(page, '/imports', users.a, PASSWORD);
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-submit').click();
    await page.waitForURL(/\/imports\?job=/);
    jobId = new URL(page.url()).searchParams.get('job')!;

    const progress = await followToTheEnd(page);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([...progress].sort((x, y) => x - y)); // it never goes back
    expect(await page.getByTestId('import-job').getAttribute('data-status')).toBe('SUCCEEDED');

    // The page shows what the API says of the job.
    const finished: JobState = await jobState(app!, await signIn(app!, users.a, PASSWORD), jobId);
    expect(finished).toMatchObject({ status: 'SUCCEEDED', rowsRead: leads.length, rejected: bad.size, accepted: leads.length - bad.size, percent: 100 });
    await expect(textOf(page, 'import-percent')).resolves.toBe('100%');
    const number = (n: number) => n.toLocaleString('zh-CN');
    await expect(textOf(page, 'import-rows-read')).resolves.toBe(number(leads.length));
    await expect(textOf(page, 'import-accepted')).resolves.toBe(number(leads.length - bad.size));
    await expect(textOf(page, 'import-rejected')).resolves.toBe(number(bad.size));

    const rows = await page.getByTestId('import-errors').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(rows.map(([row]) => Number(row))).toEqual([...bad.keys()]);
    for (const [row, field, reason] of rows) {
      const expected = bad.get(Number(row))!;
      expect(field).toBe(expected.field);
      expect(reason).toMatch(expected.reason);
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-errors').click()]);
    expect(download.suggestedFilename()).toBe(`线索导出-${tag}-errors.csv`);
    const report = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(report.slice(1).map((line) => Number(line.split(',')[0]))).toEqual([...bad.keys()]);

    // The job is in the platform's list of recent imports, marked as the one shown.
    const current = page.getByTestId('recent-imports').locator('tr[aria-current="true"]');
    await expect(current.locator('td').first().textContent()).resolves.toBe(fileName);
  });

  it('another platform sees neither the job in its list nor the job at its address', async () => {
    expect(jobId).not.toBe('');
    const page = await pages!.open();
    await signInAt(page, `/imports?job=${encodeURIComponent(jobId)}`, users.b, PASSWORD);
    // The API answers NOT_FOUND for another platform's job: the page shows that it cannot load it.
    await page.getByTestId('import-job-unavailable').waitFor();
    await page.getByTestId('recent-imports-empty').waitFor();
    expect(await page.getByTestId('import-job').count()).toBe(0);
    expect(await page.getByTestId('recent-imports').count()).toBe(0);
    expect(await page.content()).not.toContain(fileName);
  });

  it('an agency officer has no import entry and is told the page is for platforms', async () => {
    const page = await pages!.open();
    await signInAt(page, '/imports', users.police, PASSWORD);
    await page.getByTestId('imports-platforms-only').waitFor();
    expect(await page.getByTestId('nav-imports').count()).toBe(0);
    expect(await page.getByTestId('import-file').count()).toBe(0);
    expect(await page.content()).not.toContain(fileName);
  });
});
