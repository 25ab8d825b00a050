import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where the system Chromium lives; override with CHROMIUM_PATH. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches the system Chromium headless for end-to-end tests. A missing browser is an error,
 * never a reason to skip: the e2e tier must fail loudly when it cannot run.
 */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome executable); the e2e tests need a real browser.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Fresh browser profiles for one suite (empty storage, so the default zh-CN, in Shanghai time,
 * reduced motion so scrolling and the graph camera jump instead of gliding); `closeAll` after
 * each test.
 */
export class PageFactory {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  async open(options: { timeoutMs?: number; height?: number } = {}): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: options.height ?? 900 },
      reducedMotion: 'reduce',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 30_000);
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((context) => context.close()));
  }
}

/** Fills in and submits the sign-in form on the page that is showing it. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** Opens `path` signed out, signs in on the page it is sent to, and lands back on `path`. */
export async function signInAt(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(path);
  await submitSignIn(page, email, password);
  await page.getByTestId('header-user').waitFor();
}

/** The trimmed text of the element with this test id, once it is there. */
export async function textOf(page: Page, testId: string): Promise<string> {
  const locator = page.getByTestId(testId);
  await locator.waitFor();
  return (await locator.textContent())?.trim() ?? '';
}
