// Starts a headless Chromium for the end-to-end tests, wherever one is available.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// As root on a closed network: no sandbox, and keep Chromium from calling home.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * CHROMIUM_PATH if set, else a system Chromium (Debian's `chromium`), else the browser that
 * `npx playwright-core install chromium` downloaded on a machine with internet access.
 */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  const downloaded = chromium.executablePath();
  if (downloaded && existsSync(downloaded)) return downloaded;
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH, install a system chromium, or run `npm run e2e:browser`.',
  );
}

export async function launchBrowser() {
  const executablePath = chromiumPath();
  console.log(`# browser: ${executablePath}`);
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}
