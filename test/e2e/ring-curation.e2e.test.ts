import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AddressRole, OrgKind, Role } from '@cloudsword/shared';
import { launchBrowser, PageFactory, signInAt, textOf } from '../support/browser.js';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../support/app.js';
import { codes, gql } from '../support/graphql-client.js';
import { runTag } from '../support/leads.js';
import { cleanGraph, listRings, refer, sellerReferral, START_ANALYSIS, testDriver, waitForRings } from '../integration/rings/ring-support.js';

// The curators' side of the rings, through the real web build, the real API and the real
// pipeline, in a real browser: the blocklist page (add with the API's field errors, watch the
// full analysis that applies the change, remove) and the full analysis on the rings page. Who
// may do what is the API's decision (test/security/, test/integration/rings/ring-blocklist.test.ts);
// here the pages must follow it.

const ARTIFACTS = join(__dirname, 'artifacts');
const PASSWORD = 'Yunjian-2026-curate';
/** A courier outlet's landline, as an officer copies it from a parcel. */
const OUTLET_PHONE = '0571-8888 1234';
const OUTLET_KEY = 'PHONE:+8657188881234';
const OUTLET_MASKED = '0571-****1234';

describe('ring curation pages', () => {
  const tag = runTag();
  const code = `RC-${tag.toUpperCase()}`;
  const users = {
    platform: `referrer-${tag}@platform.test`,
    analyst: `analyst-${tag}@secretariat.test`,
    investigator: `investigator-${tag}@gat.zj.gov.cn`,
  };
  const key = (account: string) => `${code}:${account}`;
  const driver = testDriver();
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let pages: PageFactory | undefined;
  let analystToken = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startTestApp();
    await createOrgUser(app, { orgName: `平台-${tag}`, orgCode: code, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: users.platform, password: PASSWORD });
    await createOrgUser(app, { orgName: `联盟秘书处-${tag}`, kind: OrgKind.ALLIANCE_SECRETARIAT, role: Role.ANALYST, email: users.analyst, password: PASSWORD });
    await createOrgUser(app, { orgName: `浙江省公安厅-${tag}`, kind: OrgKind.POLICE, provinceCode: '330000', role: Role.INVESTIGATOR, email: users.investigator, password: PASSWORD });

    // Two sellers whose only ties are the outlet's landline (weight 0.4) and two street-level
    // addresses (0.3 each; graph/src/rings/link-kinds.ts): together just enough for a ring, so
    // blocking the phone dissolves it.
    const number = () => 1 + Math.floor(Math.random() * 9000);
    const addresses = [
      { role: AddressRole.SHIPPING_ORIGIN, text: `福建省莆田市荔城区荔园中大道${number()}号` },
      { role: AddressRole.RETURN, text: `广东省广州市白云区机场路${number()}号` },
    ];
    await refer(app, await signIn(app, users.platform, PASSWORD), [
      { ...sellerReferral(`s1-${tag}`, 's1', { mobiles: [OUTLET_PHONE], address: '' }), addresses },
      { ...sellerReferral(`s2-${tag}`, 's2', { mobiles: [OUTLET_PHONE], address: '' }), addresses },
    ]);
    await waitForRings(app);
    analystToken = await signIn(app, users.analyst, PASSWORD);
    expect((await listRings(app, analystToken)).map((r) => r.members.map((m) => m.id).sort())).toEqual([[key('s1'), key('s2')]]);

    browser = await launchBrowser();
    pages = new PageFactory(browser, app.baseUrl);
  }, 180_000);

  afterEach(async () => {
    await pages?.closeAll();
  });

  const openPage = (): Promise<Page> => {
    if (!pages) throw new Error('beforeAll did not finish');
    return pages.open({ timeoutMs: 30000 });
  };

  afterAll(async () => {
    await browser?.close();
    if (app) {
      const rings = await app.app.orm.em.fork().execute<{ id: string }[]>('select id from ring');
      await cleanGraph(driver, [code], rings.map((r) => r.id));
      await app.stop();
    }
    await driver.close();
  });




  /** Waits for the analysis job shown in `scope` to succeed, and returns what it shows then. */
  async function analysisDone(page: Page, scope: string): Promise<{ percent: string; phase: string }> {
    const job = page.locator(`[data-testid="${scope}"] [data-testid="analysis-job"][data-status="SUCCEEDED"]`);
    // A full analysis of a small graph takes a few seconds; the page polls once a second.
    await job.waitFor({ timeout: 90_000 });
    return {
      percent: ((await job.getByTestId('analysis-percent').textContent()) ?? '').trim(),
      phase: ((await job.getByTestId('analysis-phase').textContent()) ?? '').trim(),
    };
  }

  test('a secretariat analyst blocks a phone as written, watches the analysis apply it, removes it and reruns the analysis', async () => {
    const page = await openPage();
    await signInAt(page, '/', users.analyst, PASSWORD);
    await page.getByTestId('nav-blocklist').click();
    await page.waitForURL('**/blocklist');
    await page.getByTestId('blocklist-empty').waitFor();

    // No reason: the API refuses, and its problem is shown beside the reason, not elsewhere.
    await page.getByTestId('block-identifier').fill(OUTLET_PHONE);
    await page.getByTestId('block-submit').click();
    expect(await textOf(page, 'block-error-reason')).toBe('此项必填。');
    expect(await page.getByTestId('block-reason').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('block-error-identifier').count()).toBe(0);
    expect(await textOf(page, 'block-error')).toContain('未能加入屏蔽名单');
    expect(await page.getByTestId('blocklist-entry').count()).toBe(0);
    // Focus went to the field at fault.
    expect(await page.getByTestId('block-reason').evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByTestId('block-reason').fill('快递驿站电话，印在上千个包裹上');
    await page.getByTestId('block-submit').click();
    expect(await textOf(page, 'blocklist-change-message')).toBe(`已将 ${OUTLET_MASKED} 加入屏蔽名单。`);
    expect(await analysisDone(page, 'blocklist-change')).toEqual({ percent: '100%', phase: '完成' });
    // The secretariat sees the whole graph, so the job's counts too.
    expect(await textOf(page, 'analysis-count-ringsFound')).toBe('0');
    expect(await page.getByTestId('block-error-reason').count()).toBe(0);

    const entry = page.getByTestId('blocklist-entry');
    await entry.waitFor();
    expect(await entry.count()).toBe(1);
    expect((await entry.getByTestId('blocklist-display').textContent())?.trim()).toBe(OUTLET_MASKED);
    expect((await entry.getByTestId('blocklist-reason').textContent())?.trim()).toBe('快递驿站电话，印在上千个包裹上');
    expect(await entry.textContent()).toContain('电话号码');
    expect(await entry.textContent()).toContain(`analyst-${tag}`);
    expect(await textOf(page, 'blocklist-total')).toBe('共 1 条');
    // Neither the number nor the graph key is on the page.
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain('8888 1234');
    expect(body).not.toContain('88881234');
    expect(await page.content()).not.toContain(OUTLET_KEY);
    await page.screenshot({ path: join(ARTIFACTS, 'blocklist.png'), fullPage: true });

    // The analysis applied it: without the phone, the two sellers are no ring.
    expect(await listRings(app!, analystToken)).toEqual([]);

    // A second tab on the rings page, opened while the phone is blocked, shows no ring.
    const rings = await openPage();
    await signInAt(rings, '/rings', users.analyst, PASSWORD);
    await rings.getByTestId('rings-empty').waitFor();
    expect(await rings.getByTestId('analysis-start').isEnabled()).toBe(true);

    // Removing asks first; cancelling keeps the entry.
    await entry.getByTestId('blocklist-remove').click();
    await entry.getByTestId('blocklist-remove-cancel').click();
    await entry.getByTestId('blocklist-remove').waitFor();
    await entry.getByTestId('blocklist-remove').click();
    await entry.getByTestId('blocklist-remove-confirm').click();
    await page.locator('[data-testid="blocklist-change"][data-change="unblocked"]').waitFor();
    expect(await textOf(page, 'blocklist-change-message')).toBe(`已将 ${OUTLET_MASKED} 移出屏蔽名单。`);
    expect((await analysisDone(page, 'blocklist-change')).percent).toBe('100%');
    await page.getByTestId('blocklist-empty').waitFor();
    expect(await page.getByTestId('blocklist-entry').count()).toBe(0);

    // The full analysis from the rings page: progress to 100%, then the list reloads by itself
    // and shows the ring the phone makes again.
    await rings.getByTestId('analysis-start').click();
    expect(await analysisDone(rings, 'ring-analysis')).toEqual({ percent: '100%', phase: '完成' });
    expect(await textOf(rings, 'analysis-count-ringsFound')).toBe('1');
    await rings.getByTestId('ring-row').waitFor();
    expect(await rings.getByTestId('ring-row').count()).toBe(1);
    expect(await rings.getByTestId('analysis-start').isEnabled()).toBe(true);
    await rings.screenshot({ path: join(ARTIFACTS, 'ring-analysis.png'), fullPage: true });

    // In English, one click away.
    await rings.getByTestId('locale-switch').click();
    await rings.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await textOf(rings, 'analysis-phase')).toBe('Done');
    expect(await textOf(rings, 'analysis-start')).toBe('Run full analysis');
  });

  test('the API field errors land next to their fields for a payment account', async () => {
    const page = await openPage();
    await signInAt(page, '/blocklist', users.analyst, PASSWORD);
    const before = await textOf(page, 'blocklist-total');
    await page.getByTestId('block-kind').selectOption('PAYMENT_ACCOUNT');
    await page.getByTestId('block-identifier').fill('2088 1234 5678 9012');
    await page.getByTestId('block-reason').fill('平台代收账户');
    await page.getByTestId('block-submit').click();
    expect(await textOf(page, 'block-error-paymentKind')).toBe('支付账户须选择支付方式。');
    expect(await page.getByTestId('block-error-reason').count()).toBe(0);
    expect(await textOf(page, 'blocklist-total')).toBe(before);
    // The payment kind exists only for payment accounts.
    await page.getByTestId('block-kind').selectOption('PHONE');
    expect(await page.getByTestId('block-payment-kind').count()).toBe(0);
  });

  test('a provincial investigator has no blocklist entry, is refused at its address, and has no analysis button', async () => {
    if (!app) throw new Error('beforeAll did not finish');
    // The gates the pages follow: the investigator may neither read the list nor start an analysis.
    const token = await signIn(app, users.investigator, PASSWORD);
    expect(codes(await gql(app.baseUrl, START_ANALYSIS, {}, token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(app.baseUrl, 'query { ringBlocklist(first: 1) { totalCount } }', {}, token))).toEqual(['FORBIDDEN']);

    const page = await openPage();
    await signInAt(page, '/', users.investigator, PASSWORD);
    // The header has rendered the viewer's entries (rings for an officer), but no blocklist.
    await page.getByTestId('nav-rings').waitFor();
    expect(await page.getByTestId('nav-blocklist').count()).toBe(0);

    await page.goto('/blocklist');
    expect(await textOf(page, 'blocklist-not-permitted')).toContain('无权访问');
    expect(await page.getByTestId('block-submit').count()).toBe(0);
    expect(await page.getByTestId('blocklist-table').count()).toBe(0);

    await page.goto('/rings');
    await page.locator('[data-testid="rings-empty"], [data-testid="rings-table"]').first().waitFor();
    expect(await page.getByTestId('analysis-start').count()).toBe(0);
    expect(await page.getByTestId('ring-analysis').count()).toBe(0);
  });
});
