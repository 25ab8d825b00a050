import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
