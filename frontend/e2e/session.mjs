// One headless Chromium page per test file, with the helpers the flows share: sign-in through
// the identity provider, antd Select picking, screenshots (also on failure) and console errors.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { APP_URL } from './api.mjs';
import { launchBrowser } from './browser.mjs';

export const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
const TIMEOUT = 30_000;

/**
 * Registers the file's before/after hooks and returns the session: `session.page` once the
 * browser is up. `prefix` names this file's failure screenshots (cleared when it starts).
 */
export function browserSession(prefix) {
  const session = { page: undefined };
  let browser;
  const consoleErrors = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const file of readdirSync(SHOTS))
      if (file.startsWith(`failure-${prefix}-`)) rmSync(join(SHOTS, file));
    browser = await launchBrowser();
    const context = await browser.newContext({
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(TIMEOUT);
    const page = await context.newPage();
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    page.on(
      'response',
      (r) => r.status() >= 400 && consoleErrors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`),
    );
    session.page = page;
  });

  after(async () => {
    await browser?.close();
  });

  afterEach(() => {
    if (consoleErrors.length > 0)
      console.log(`# browser console errors:\n#   ${consoleErrors.join('\n#   ')}`);
    consoleErrors.length = 0;
  });

  session.shot = (name) => session.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  /** A test that leaves a screenshot and the page's address behind when it fails. */
  session.e2e = (name, body) =>
    test(name, async () => {
      try {
        await body();
      } catch (error) {
        console.log(`# failed at ${session.page?.url()}`);
        await session.shot(`failure-${prefix}-${name.replace(/\W+/g, '-')}`).catch(() => {});
        throw error;
      }
    });

  /** From the app's sign-in page, through the identity provider's login page, back into the app. */
  session.signIn = async (username) => {
    const { page } = session;
    await page.getByTestId('sign-in').click();
    const login = page.locator(`button[value="${username}"]`);
    const inApp = page.getByTestId('viewer');
    await Promise.race([login.waitFor(), inApp.waitFor()]);
    assert.ok(
      await login.isVisible(),
      `the identity provider did not ask who signs in (still signed in as someone?) at ${page.url()}`,
    );
    await login.click();
    await page.waitForURL(
      (url) => url.origin === new URL(APP_URL).origin && !url.pathname.startsWith('/auth/'),
    );
    await inApp.waitFor();
  };

  /**
   * From the home page's 我的班级, opens `className` and the first student on its roster, and
   * waits for the student's page. Returns the student's name.
   */
  session.openFirstStudent = async (className) => {
    const { page } = session;
    await page.getByRole('heading', { name: '我的班级' }).waitFor();
    await page.getByTestId('class-card').filter({ hasText: className }).click();
    await page.waitForURL(/\/classes\//);
    const firstStudent = page.getByTestId('roster').locator('tbody a').first();
    const name = (await firstStudent.textContent()).trim();
    await firstStudent.click();
    await page.waitForURL(/\/students\//);
    await page.getByTestId('student-name').filter({ hasText: name }).waitFor();
    return name;
  };

  /** Signs the current user out and waits for the app's sign-in page. */
  session.signOut = async () => {
    await session.page.getByTestId('sign-out').click();
    await session.page.getByTestId('sign-in').waitFor();
  };

  /**
   * Picks an option of an antd Select; retried, because the dropdown (or the drawer or dialog
   * around the Select) may still be animating, and a click then may not open it.
   */
  session.choose = async (select, label) => {
    const { page } = session;
    for (let attempt = 1; ; attempt++) {
      try {
        await select.click();
        await page
          .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`)
          .click({ timeout: 5_000 });
        await select.filter({ hasText: label }).waitFor({ timeout: 2_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };

  /** Switches the app's language with the header's switch and waits for `marker` to show. */
  session.language = async (label, marker) => {
    await session.page.getByText(label, { exact: true }).click();
    await marker.waitFor();
  };

  return session;
}
