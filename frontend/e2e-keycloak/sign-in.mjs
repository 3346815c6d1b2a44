// Signs in to the app through Keycloak's own login page in headless Chromium (authorization
// code + PKCE, as staff do), then out again. Run by the backend's KeycloakSignInIT against a
// running Keycloak and app:
//   node e2e-keycloak/sign-in.mjs <teacher|no-access>
// Environment: APP_URL, KEYCLOAK_URL, SHOTS_DIR; CHROMIUM_PATH (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const APP_URL = required('APP_URL');
const KEYCLOAK_URL = required('KEYCLOAK_URL');
const SHOTS_DIR = required('SHOTS_DIR');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// As root on a closed network: no sandbox, and keep Chromium from calling home.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TIMEOUT = 30_000;

const scenarios = {
  /** The homeroom teacher signs in on Keycloak's page, sees their class, signs out. */
  async teacher(page, shot) {
    await page.goto(`${APP_URL}/`);
    await page.getByTestId('sign-in').waitFor();
    await shot('1-app-sign-in');
    const issued = tokenResponse(page);
    await signInAtKeycloak(page, shot, 'homeroom');

    await page.getByRole('heading', { name: '我的班级' }).waitFor();
    await page.getByText('一年级1班').first().waitFor();
    await page.getByTestId('viewer').waitFor();
    const tokens = await issued;
    assert.ok(
      tokens.access_token && tokens.refresh_token,
      'Keycloak gave the SPA no access or refresh token',
    );
    assert.ok(tokens.expires_in <= 300, `access tokens live ${tokens.expires_in} s, not 5 minutes at most`);
    await assertNoTokenStored(page, tokens);
    await shot('3-my-classes');

    // The tokens lived in the page's memory only: a reload gets new ones from Keycloak's
    // sign-in session (prompt=none), without its login page.
    const reissued = tokenResponse(page);
    await page.reload();
    await page.getByTestId('viewer').waitFor();
    await assertNoTokenStored(page, await reissued);

    await signOut(page, page.getByTestId('sign-out'));
    await shot('4-signed-out');

    // Keycloak's session ended too: signing in again asks for the password again.
    await page.getByTestId('sign-in').click();
    await page.locator('#username').waitFor();
    await shot('5-keycloak-asks-again');
  },

  /** Someone Keycloak knows but the school directory does not gets "no access", not an error. */
  async 'no-access'(page, shot) {
    await page.goto(`${APP_URL}/`);
    await signInAtKeycloak(page, shot, 'stranger');

    await page.getByText('无访问权限').waitFor();
    await page.getByText('stranger', { exact: false }).first().waitFor();
    assert.equal(await page.locator('.ant-result-error').count(), 0, 'an error page instead of "no access"');
    await shot('3-no-access');

    await signOut(page, page.locator('.ant-result-extra button'));
    await shot('4-signed-out');
  },
};

async function signInAtKeycloak(page, shot, username) {
  await page.getByTestId('sign-in').click();
  await page.waitForURL((url) => url.href.startsWith(`${KEYCLOAK_URL}/realms/jiaxiao/`));
  await page.locator('#username').waitFor();
  await shot('2-keycloak-login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await page.waitForURL(
    (url) => url.origin === new URL(APP_URL).origin && !url.pathname.startsWith('/auth/'),
  );
}

/** Signs out through Keycloak's end-session endpoint and checks the token is gone. */
async function signOut(page, button) {
  // Navigation requests, redirects included (Keycloak answers the end-session request with one).
  const visited = [];
  page.on('request', (request) => request.isNavigationRequest() && visited.push(request.url()));
  await button.click();
  await page.getByTestId('sign-in').waitFor();
  assert.ok(
    visited.some((url) => url.startsWith(`${KEYCLOAK_URL}/realms/jiaxiao/protocol/openid-connect/logout`)),
    `sign-out did not go through Keycloak: ${visited.join(' → ')}`,
  );
}

/** The next answer of Keycloak's token endpoint (the code exchange or a refresh), as JSON. */
async function tokenResponse(page) {
  const response = await page.waitForResponse(
    (r) => r.url().endsWith('/protocol/openid-connect/token') && r.request().method() === 'POST',
  );
  return response.json();
}

/** Tokens are held in the page's memory: neither sessionStorage nor localStorage has any. */
async function assertNoTokenStored(page, tokens) {
  const stored = await page.evaluate(() =>
    [globalThis.sessionStorage, globalThis.localStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`),
    ),
  );
  for (const name of ['access_token', 'refresh_token', 'id_token'])
    assert.ok(
      !tokens[name] || !stored.some((entry) => entry.includes(tokens[name])),
      `the ${name} is in the browser's storage`,
    );
  assert.ok(
    !stored.some((entry) => entry.startsWith('oidc.user')),
    "a signed-in user is in the browser's storage",
  );
}

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value.replace(/\/$/, '');
}

async function main(name) {
  const scenario = scenarios[name];
  if (!scenario) throw new Error(`usage: sign-in.mjs <${Object.keys(scenarios).join('|')}>`);
  mkdirSync(SHOTS_DIR, { recursive: true });
  console.log(`# ${name}: browser ${CHROMIUM}, app ${APP_URL}, Keycloak ${KEYCLOAK_URL}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const shot = (step) => page.screenshot({ path: join(SHOTS_DIR, `${name}-${step}.png`), fullPage: true });
  page.on('console', (message) => message.type() === 'error' && console.log(`# console: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`# page error: ${error}`));
  try {
    await scenario(page, shot);
    console.log(`ok - ${name}`);
  } catch (error) {
    console.log(`not ok - ${name} at ${page.url()}`);
    await shot('failure').catch(() => {});
    throw error;
  } finally {
    await browser.close();
  }
}

await main(process.argv[2]);
