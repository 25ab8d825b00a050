import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OrgKind, Role } from '@cloudsword/shared';
import { launchBrowser, PageFactory, submitSignIn, textOf } from '../support/browser.js';
import { createOrgUser, startTestApp } from '../support/app.js';

// Signing in through the real web build served by the real API, in a real browser.

const ARTIFACTS = join(__dirname, 'artifacts');
const ORG_NAME = '浙江省公安厅';
const EMAIL = 'zhang.wei@gat.zj.gov.cn';
const PASSWORD = 'Yunjian-2026-secure';

let app: Awaited<ReturnType<typeof startTestApp>> | undefined;
let browser: Browser | undefined;
let pages: PageFactory | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await startTestApp();
  await createOrgUser(app, {
    orgName: ORG_NAME,
    kind: OrgKind.POLICE,
    provinceCode: '330000',
    role: Role.INVESTIGATOR,
    email: EMAIL,
    password: PASSWORD,
  });
  browser = await launchBrowser();
  pages = new PageFactory(browser, app.baseUrl);
}, 120_000);

afterEach(async () => {
  await pages?.closeAll();
});

const openPage = (): Promise<Page> => {
  if (!pages) throw new Error('beforeAll did not finish');
  return pages.open({ timeoutMs: 15_000, height: 800 });
};

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});



/** Signs in and waits until the API has answered the sign-in request. */
async function signInAndWaitForAnswer(page: Page, email: string, password: string): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST'),
    submitSignIn(page, email, password),
  ]);
}


test('a wrong password shows an error; the right one opens the home page', async () => {
  const page = await openPage();
  await page.goto('/');

  // Signed out, the app sends the visitor to the sign-in page, in Chinese by default.
  await page.waitForURL('**/sign-in');
  // The inputs are reachable by their visible labels (<label for>).
  await page.getByLabel('电子邮箱', { exact: true }).waitFor();
  await page.getByLabel('密码', { exact: true }).waitFor();

  // Slow the API down so the pending state is observable: the button must be disabled.
  await page.route('**/graphql', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await submitSignIn(page, EMAIL, 'not-the-password');
  await page.waitForSelector('[data-testid="signin-submit"]:disabled');
  const wrongPasswordMessage = await textOf(page, 'signin-error');
  await page.unrouteAll({ behavior: 'wait' });

  expect(wrongPasswordMessage).toContain('邮箱或密码不正确');
  expect(await page.getByTestId('signin-submit').isEnabled()).toBe(true);
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'login-wrong-password.png'), fullPage: true });

  // An unknown account gets the very same message: nothing tells whether an email exists.
  // (The previous message is cleared on submit, so the one read here is the new answer's.)
  await signInAndWaitForAnswer(page, 'nobody@gat.zj.gov.cn', PASSWORD);
  expect(await textOf(page, 'signin-error')).toBe(wrongPasswordMessage);

  await submitSignIn(page, EMAIL, PASSWORD);
  expect(await textOf(page, 'home-org-name')).toBe(ORG_NAME);
  expect(await textOf(page, 'home-org-kind')).toBe('公安');
  expect(await textOf(page, 'home-roles')).toContain('侦查员');
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.getByTestId('signin-error').count()).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'login-home.png'), fullPage: true });
});

test('the session survives a reload, English is one click away, and signing out ends it', async () => {
  const page = await openPage();
  await page.goto('/sign-in');
  await submitSignIn(page, EMAIL, PASSWORD);
  expect(await textOf(page, 'home-org-name')).toBe(ORG_NAME);

  await page.reload();
  expect(await textOf(page, 'home-org-name')).toBe(ORG_NAME);

  await page.getByTestId('locale-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await textOf(page, 'home-org-kind')).toBe('Police');
  expect(await textOf(page, 'home-roles')).toContain('Investigator');
  await page.screenshot({ path: join(ARTIFACTS, 'login-home-en.png'), fullPage: true });

  await page.getByTestId('signout').click();
  await page.getByTestId('signin-email').waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

  // The home page is closed again without a session.
  await page.goto('/');
  await page.waitForURL('**/sign-in');
});
