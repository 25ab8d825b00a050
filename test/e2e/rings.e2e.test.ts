import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OrgKind, Role } from '@cloudsword/shared';
import { launchBrowser, PageFactory, signInAt, textOf } from '../support/browser.js';
import { createOrgUser, signIn, startTestApp, type TestApp } from '../support/app.js';
import { gql } from '../support/graphql-client.js';
import { runTag } from '../support/leads.js';
import { cleanGraph, freshIdentifiers, listRings, refer, RING, sellerReferral, testDriver, waitForRings } from '../integration/rings/ring-support.js';

// The officers' ring pages through the real web build, the real API and the real pipeline
// (referral → PostgreSQL → outbox → Neo4j → ring analysis), in a real browser. Who sees what is
// the API's decision (test/security/rings-access.test.ts); here the pages must show it: the
// ring to the agency its leads are routed to, nothing to an agency of another province, a
// refusal and no data to a platform.

const ARTIFACTS = join(__dirname, 'artifacts');
const PASSWORD = 'Yunjian-2026-rings';

describe('the rings pages', () => {
  const tag = runTag();
  const code = `RW-${tag.toUpperCase()}`;
  const users = {
    platform: `referrer-${tag}@platform.test`,
    fujian: `investigator-${tag}@gat.fj.gov.cn`,
    guangdong: `investigator-${tag}@gat.gd.gov.cn`,
  };
  const key = (account: string) => `${code}:${account}`;
  const driver = testDriver();
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let pages: PageFactory | undefined;
  let ringId = '';
  /** The API's order of the two rings (SCORE_DESC), which the page must keep. */
  let byScore: string[] = [];
  let expectedNodes = 0;
  let linkingId = '';
  /** The ring's candidate bases as the API ranks them for the investigator. */
  let expectedBases: { id: string; evidence: { leads: { externalId: string }[] } }[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    app = await startTestApp();
    // The agencies exist before the leads arrive, so that the leads are routed to them:
    // goods shipping from Putian go to the Fujian provincial bureau.
    await createOrgUser(app, { orgName: `平台-${tag}`, orgCode: code, kind: OrgKind.PLATFORM, role: Role.REFERRER, email: users.platform, password: PASSWORD });
    await createOrgUser(app, { orgName: `福建省公安厅-${tag}`, kind: OrgKind.POLICE, provinceCode: '350000', role: Role.INVESTIGATOR, email: users.fujian, password: PASSWORD });
    await createOrgUser(app, { orgName: `广东省公安厅-${tag}`, kind: OrgKind.POLICE, provinceCode: '440000', role: Role.INVESTIGATOR, email: users.guangdong, password: PASSWORD });

    // Ring A, three Putian sellers: a1 and a2 pay into one Alipay account, a2 and a3 share a
    // mobile. Ring B, two more sharing a device, so that the list has a second page to load.
    const own = { a1: freshIdentifiers('putian'), a2: freshIdentifiers('putian'), a3: freshIdentifiers('putian'), b1: freshIdentifiers('putian'), b2: freshIdentifiers('putian') };
    const shared = { alipay: freshIdentifiers().alipay, mobile: freshIdentifiers().mobile, device: freshIdentifiers().device };
    await refer(app, await signIn(app, users.platform, PASSWORD), [
      sellerReferral(`a1-${tag}`, 'a1', { alipays: [shared.alipay], mobiles: [own.a1.mobile], devices: [own.a1.device], address: own.a1.address }),
      sellerReferral(`a2-${tag}`, 'a2', { alipays: [shared.alipay], mobiles: [shared.mobile], devices: [own.a2.device], address: own.a2.address }),
      sellerReferral(`a3-${tag}`, 'a3', { mobiles: [shared.mobile], alipays: [own.a3.alipay], devices: [own.a3.device], address: own.a3.address }),
      sellerReferral(`b1-${tag}`, 'b1', { devices: [shared.device], mobiles: [own.b1.mobile], address: own.b1.address }, ['Gucci']),
      sellerReferral(`b2-${tag}`, 'b2', { devices: [shared.device], mobiles: [own.b2.mobile], address: own.b2.address }, ['Gucci']),
    ]);
    await waitForRings(app);

    // What the API tells the investigator is what the page must show.
    const investigator = await signIn(app, users.fujian, PASSWORD);
    const rings = await listRings(app, investigator);
    expect(rings.map((r) => r.members.map((m) => m.id).sort()).sort()).toEqual([
      [key('a1'), key('a2'), key('a3')],
      [key('b1'), key('b2')],
    ]);
    ringId = rings.find((r) => r.size === 3)!.id;
    byScore = rings.map((r) => r.id);
    const detail = await gql(app.baseUrl, RING, { id: ringId, limit: 500 }, investigator);
    expectedNodes = detail.data?.ring.subgraph.nodes.length;
    linkingId = detail.data?.ring.linkingIdentifiers[0].id;
    expect(expectedNodes).toBeGreaterThan(3);
    expect(linkingId).toBeTruthy();
    // The three ship from one Putian district: one candidate base, its evidence their leads.
    expectedBases = detail.data?.ring.bases;
    expect(expectedBases).toHaveLength(1);
    const evidenceLeads = expectedBases[0].evidence.leads.map((l) => l.externalId);
    expect(evidenceLeads.length).toBeGreaterThan(0);
    expect(evidenceLeads.every((id) => [`a1-${tag}`, `a2-${tag}`, `a3-${tag}`].includes(id))).toBe(true);

    browser = await launchBrowser();
    pages = new PageFactory(browser, app.baseUrl);
  }, 180_000);

  afterEach(async () => {
    await pages?.closeAll();
  });

  const openPage = (): Promise<Page> => {
    if (!pages) throw new Error('beforeAll did not finish');
    return pages.open({ timeoutMs: 20000 });
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



  function ringIdsShown(page: Page): Promise<(string | null)[]> {
    return page.getByTestId('ring-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ring-id')));
  }


  /** A number as the page shows it (zh-CN and en both write 1,234.56). */
  function numberOf(text: string): number {
    const value = Number(text.replace(/[^\d.-]/g, ''));
    if (!Number.isFinite(value) || text.trim() === '') throw new Error(`not a number: "${text}"`);
    return value;
  }

  test('the investigator of the agency the leads are routed to finds the ring, its members and its graph', async () => {
    const page = await openPage();
    await signInAt(page, '/', users.fujian, PASSWORD);

    await page.getByTestId('nav-rings').click();
    await page.waitForURL('**/rings');
    await page.getByTestId('rings-table').waitFor();
    expect(await ringIdsShown(page)).toEqual(byScore);
    const row = page.locator(`[data-testid="ring-row"][data-ring-id="${ringId}"]`);
    expect(await row.getByTestId('ring-size').textContent()).toBe('3');
    expect(await page.getByTestId('rings-load-more').count()).toBe(0);

    // Another order is another query, with the same rings.
    await page.getByTestId('rings-order').selectOption('SIZE_DESC');
    await page.waitForURL('**/rings?order=SIZE_DESC');
    await row.waitFor();
    expect((await ringIdsShown(page)).sort()).toEqual([...byScore].sort());
    await page.screenshot({ path: join(ARTIFACTS, 'rings-list.png'), fullPage: true });

    await row.getByTestId('ring-link').click();
    await page.waitForURL(`**/rings/${ringId}`);
    await page.getByTestId('ring-title').waitFor();
    expect(await textOf(page, 'ring-size')).toBe('3');
    const members = await page.getByTestId('ring-member').evaluateAll((rowsOf) => rowsOf.map((row) => row.getAttribute('data-member-id')));
    expect(members.sort()).toEqual([key('a1'), key('a2'), key('a3')]);
    expect(await page.getByTestId('ring-linking-identifier').count()).toBeGreaterThanOrEqual(2);

    // The score explained: four factors whose points, as shown, add up to the score shown.
    const factors = await page.getByTestId('ring-breakdown-factor').evaluateAll((rowsOf) => rowsOf.map((row) => row.getAttribute('data-factor')));
    expect(factors).toEqual(['STRONG_LINK_DENSITY', 'CROSS_PLATFORM_SPREAD', 'SIZE', 'STRONG_IDENTIFIERS']);
    const points = (await page.getByTestId('ring-breakdown-points').allTextContents()).map(numberOf);
    expect(points).toHaveLength(4);
    const score = numberOf(await textOf(page, 'ring-score'));
    expect(score).toBeGreaterThan(0);
    expect(Math.abs(points.reduce((sum, p) => sum + p, 0) - score)).toBeLessThanOrEqual(0.1);
    expect(await textOf(page, 'ring-breakdown')).toContain('强关联密度');

    // The graph: sigma draws into canvas elements inside the container, once the chunk is in.
    await page.locator('[data-testid="graph-canvas"][data-state="drawn"]').waitFor();
    expect(await page.locator('[data-testid="graph-canvas"] canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('graph-canvas').getAttribute('data-node-count')).toBe(String(expectedNodes));
    expect(await textOf(page, 'graph-counts')).toContain(`${expectedNodes} 个节点`);
    expect(await textOf(page, 'graph-legend')).toContain('卖家账号3');
    await page.screenshot({ path: join(ARTIFACTS, 'ring-detail.png'), fullPage: true });

    // A linking identifier shown in the graph opens its details and its direct links: the two
    // members that share it.
    await page.locator('[data-testid="ring-linking-identifier"]').first().getByTestId('show-in-graph').click();
    const panel = page.getByTestId('graph-node-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-node-id')).toBe(linkingId);
    await page.getByTestId('graph-neighbours').waitFor();
    const neighbours = await page.getByTestId('graph-neighbour').evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
    expect(neighbours).toHaveLength(2);
    expect(neighbours.every((id) => id !== null && [key('a1'), key('a2'), key('a3')].includes(id))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'ring-node-panel.png'), fullPage: true });

    // Clicking a node on the canvas selects it too. Selecting from the table centred the camera
    // on the identifier; closing the panel leaves it there, so it is under the canvas centre.
    await page.getByTestId('graph-panel-close').click();
    await page.getByTestId('graph-node-panel').waitFor({ state: 'detached' });
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('the graph canvas has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('graph-node-panel').waitFor();
    expect(await page.getByTestId('graph-node-panel').getAttribute('data-node-id')).toBe(linkingId);

    // The evidence that ties a1 to a3: a1 pays into a2's Alipay account, a2 shares a3's mobile.
    const showMember = (account: string) =>
      page.locator(`[data-testid="ring-member"][data-member-id="${key(account)}"]`).getByTestId('show-in-graph').click();
    await showMember('a1');
    await page.locator(`[data-testid="graph-node-panel"][data-node-id="${key('a1')}"]`).waitFor();
    await page.getByTestId('evidence-path-set-start').click();
    await page.getByTestId('evidence-path-start').waitFor();
    await showMember('a3');
    await page.locator(`[data-testid="graph-node-panel"][data-node-id="${key('a3')}"]`).waitFor();
    await page.getByTestId('evidence-path').waitFor();
    expect(await page.getByTestId('evidence-path').getAttribute('data-hops')).toBe('4');
    expect(await page.getByTestId('evidence-path-node').count()).toBe(5);
    expect(await textOf(page, 'evidence-path')).toContain(`a2-${tag}`);
    await page.screenshot({ path: join(ARTIFACTS, 'ring-evidence-path.png'), fullPage: true });

    // The Putian district the three ship from is the candidate base, with the leads behind it.
    expect(await page.getByTestId('ring-base').count()).toBe(1);
    const base = page.locator(`[data-testid="ring-base"][data-base-id="${expectedBases[0].id}"]`);
    expect(await base.textContent()).toContain('莆田市');
    expect(await base.getByTestId('ring-base-lead').allTextContents()).toEqual(expectedBases[0].evidence.leads.map((l) => l.externalId));
    expect(await base.getByTestId('ring-base-address').count()).toBeGreaterThan(0);

    // Everything is in English one click away, the graph included.
    await page.getByTestId('locale-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await textOf(page, 'graph-counts')).toContain(`${expectedNodes} nodes`);
    expect(await textOf(page, 'graph-legend')).toContain('Seller account3');
    expect(await textOf(page, 'ring-breakdown')).toContain('Strong link density');
    expect(await textOf(page, 'ring-bases')).toContain('Evidence leads');
  });

  test('the list pages on with the cursor: "load more" appends the next page', async () => {
    const page = await openPage();
    // Pages of one ring, so that two rings take two pages.
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
      if (body?.operationName !== 'Rings') return route.continue();
      await route.continue({ postData: JSON.stringify({ ...body, variables: { ...body.variables, first: 1 } }) });
    });
    await signInAt(page, '/rings', users.fujian, PASSWORD);
    await page.getByTestId('rings-table').waitFor();
    expect(await ringIdsShown(page)).toEqual([byScore[0]]);

    await page.getByTestId('rings-load-more').click();
    await page.locator(`[data-testid="ring-row"][data-ring-id="${byScore[1]}"]`).waitFor();
    expect(await ringIdsShown(page)).toEqual(byScore);
    // The second page was the last one.
    await page.getByTestId('rings-load-more').waitFor({ state: 'detached' });
  });

  test('a platform user has no rings entry, and the rings pages refuse to show anything', async () => {
    const page = await openPage();
    await signInAt(page, '/', users.platform, PASSWORD);
    // The header has rendered the viewer's entries (imports for a platform), but no rings.
    await page.getByTestId('nav-imports').waitFor();
    expect(await page.getByTestId('nav-rings').count()).toBe(0);

    await page.goto('/rings');
    expect(await textOf(page, 'rings-not-permitted')).toContain('无权访问');
    expect(await page.getByTestId('rings-table').count()).toBe(0);

    await page.goto(`/rings/${ringId}`);
    expect(await textOf(page, 'rings-not-permitted')).toContain('无权访问');
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain(key('a1'));
    expect(await page.getByTestId('graph-canvas').count()).toBe(0);
  });

  test('an officer of another province sees the rings page with no ring', async () => {
    const page = await openPage();
    // Signed out, the rings address leads through the sign-in page and back.
    await signInAt(page, '/rings', users.guangdong, PASSWORD);
    await page.waitForURL('**/rings');
    expect(await textOf(page, 'rings-empty')).toContain('暂无您可查看的团伙');
    expect(await page.getByTestId('ring-row').count()).toBe(0);
    expect(await page.getByTestId('nav-rings').count()).toBe(1);

    // The ring's own address tells it nothing either.
    await page.goto(`/rings/${ringId}`);
    await page.getByTestId('ring-not-found').waitFor();
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain(key('a1'));
    expect(body).not.toContain(`a1-${tag}`);
    expect(await page.getByTestId('ring-base').count()).toBe(0);
  });
});
