// End-to-end, the SPA's tokens: held in the page's memory (never in sessionStorage or
// localStorage), brought back after a reload by the issuer's sign-in session, and renewed
// with the refresh token when the API refuses an expired one, without signing in again.
// The app under test gives access tokens a short life (SpaEndToEndIT), so one expires here.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { APP_URL } from './api.mjs';
import { browserSession } from './session.mjs';

const session = browserSession('tokens');
const { e2e, shot, signIn, signOut } = session;

/** The next answer of the issuer's token endpoint (the code exchange or a refresh), as JSON. */
async function tokenResponse(page, grant) {
  const response = await page.waitForResponse(
    (r) =>
      r.url() === `${APP_URL}/oauth2/token` &&
      r.request().method() === 'POST' &&
      new URLSearchParams(r.request().postData() ?? '').get('grant_type') === grant,
  );
  assert.equal(response.status(), 200, `the ${grant} grant failed`);
  return response.json();
}

/** Neither sessionStorage nor localStorage holds any of the tokens, nor a signed-in user. */
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

/** Waits until the API refuses `token` (its lifetime and the API's clock-skew allowance are over). */
async function untilRefused(token) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const response = await fetch(`${APP_URL}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { username } }' }),
    });
    if (response.status === 401) return;
    assert.ok(Date.now() < deadline, 'the access token was still accepted after 3 minutes');
    await delay(1_000);
  }
}

e2e('tokens live in memory; a reload and an expired token need no new sign-in', async () => {
  const { page } = session;
  // The access token the page holds now: the last one the issuer gave it.
  let held;
  page.on('response', async (r) => {
    if (r.url() === `${APP_URL}/oauth2/token` && r.status() === 200) held = (await r.json()).access_token;
  });
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  const issued = tokenResponse(page, 'authorization_code');
  await signIn('homeroom');
  const first = await issued;
  assert.ok(first.refresh_token, 'the SPA got no refresh token');
  assert.ok(first.expires_in <= 300, `access tokens live ${first.expires_in} s, longer than 5 minutes`);
  await assertNoTokenStored(page, first);

  // A reload loses the tokens with the page; the issuer's sign-in session gives new ones
  // (prompt=none) and the development sign-in page never shows.
  const reissued = tokenResponse(page, 'authorization_code');
  const visited = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && visited.push(frame.url()));
  await page.reload();
  await page.getByRole('heading', { name: '我的班级' }).waitFor();
  const current = await reissued;
  assert.ok(
    !visited.some((url) => new URL(url).pathname === '/login'),
    `the sign-in page showed: ${visited}`,
  );
  await assertNoTokenStored(page, current);

  // The issuer cannot be reached for a while (a laptop asleep, a train tunnel): the renewal
  // before expiry fails and the page keeps a token that runs out.
  await page.route(`${APP_URL}/oauth2/token`, (route) => route.abort('internetdisconnected'));
  await untilRefused(held);
  await page.unroute(`${APP_URL}/oauth2/token`);

  // Back online, the next request is refused, renewed with the refresh token and sent again.
  const graphqlStatuses = [];
  page.on('response', (r) => r.url() === `${APP_URL}/graphql` && graphqlStatuses.push(r.status()));
  const refreshed = tokenResponse(page, 'refresh_token');
  await page.getByTestId('class-card').filter({ hasText: '一年级1班' }).click();
  await page.getByTestId('roster').locator('tbody a').first().waitFor();
  const renewed = await refreshed;
  assert.notEqual(renewed.access_token, current.access_token);
  assert.notEqual(renewed.refresh_token, current.refresh_token, 'the refresh token was not rotated');
  // Requests sent with the expired token are refused; each is renewed and sent again.
  assert.equal(graphqlStatuses[0], 401, `GraphQL answers: ${graphqlStatuses}`);
  assert.ok(graphqlStatuses.includes(200), `GraphQL answers: ${graphqlStatuses}`);
  assert.ok(
    graphqlStatuses.every((status) => status === 401 || status === 200),
    `GraphQL answers: ${graphqlStatuses}`,
  );
  await page.getByTestId('viewer').waitFor();
  assert.ok(
    !visited.some((url) => new URL(url).pathname === '/login'),
    `the sign-in page showed: ${visited}`,
  );
  await assertNoTokenStored(page, renewed);
  await shot('tokens-renewed-after-expiry');
  await signOut();
});
