// End-to-end: a homeroom teacher records a phone contact; a subject teacher is refused a
// student of another class. Runs against a running app (JIAXIAO_URL) in headless Chromium.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { APP_URL, studentOutsideGrade } from './api.mjs';
import { launchBrowser } from './browser.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'target', 'e2e');
const TIMEOUT = 30_000;

let browser;
let context;
let page;
const consoleErrors = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  for (const file of readdirSync(SHOTS)) if (file.startsWith('failure-')) rmSync(join(SHOTS, file));
  browser = await launchBrowser();
  context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT);
  page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on(
    'response',
    (r) => r.status() >= 400 && consoleErrors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`),
  );
});

after(async () => {
  await browser?.close();
});

afterEach(() => {
  if (consoleErrors.length > 0) console.log(`# browser console errors:\n#   ${consoleErrors.join('\n#   ')}`);
  consoleErrors.length = 0;
});

const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

/** A test that leaves a screenshot and the page's address behind when it fails. */
function e2e(name, body) {
  test(name, async () => {
    try {
      await body();
    } catch (error) {
      console.log(`# failed at ${page?.url()}`);
      await shot(`failure-${name.replace(/\W+/g, '-')}`).catch(() => {});
      throw error;
    }
  });
}

/** From the app's sign-in page, through the identity provider's login page, back into the app. */
async function signIn(username) {
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
}

/** Picks an option of an antd Select; retried, because the dropdown may still be animating. */
async function choose(select, label) {
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
    try {
      await select.filter({ hasText: label }).waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

e2e('homeroom teacher records a phone contact that tops the timeline', async () => {
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await shot('sign-in');
  await signIn('homeroom');

  await page.getByRole('heading', { name: '我的班级' }).waitFor();
  await page.getByTestId('class-card').filter({ hasText: '一年级1班' }).click();
  await page.waitForURL(/\/classes\//);
  const firstStudent = page.getByTestId('roster').locator('tbody a').first();
  const studentName = (await firstStudent.textContent()).trim();
  await firstStudent.click();
  await page.waitForURL(/\/students\//);
  await assert.doesNotReject(page.getByTestId('student-name').filter({ hasText: studentName }).waitFor());

  const summary = `e2e 电话联系 ${new Date().toISOString()}：沟通了近期作业完成情况。`;
  await page.getByTestId('record-contact').click();
  const drawer = page.locator('form#record-contact');
  await choose(drawer.locator('.ant-select').first(), '电话');
  await drawer.locator('#record-contact_summary').fill(summary);
  await drawer.getByTestId('record-submit').click();
  await drawer.waitFor({ state: 'detached' });

  const top = page.getByTestId('timeline-entry').first();
  await top.filter({ hasText: summary }).waitFor();
  assert.equal(await top.getAttribute('data-form'), 'PHONE');
  await page.getByText('联系记录已保存').waitFor();
  await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });
  await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
  await shot('homeroom-timeline');

  // The same page in English, once; then back to Chinese for the next test.
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('button', { name: 'Record contact' }).waitFor();
  await shot('homeroom-timeline-en');
  await page.getByText('中文', { exact: true }).click();
  await page.getByRole('button', { name: '记录联系' }).waitFor();
});

e2e('subject teacher is refused a student of another grade', async () => {
  const student = await studentOutsideGrade(1);
  console.log(`# not the subject teacher's student: ${student.name} (${student.className})`);

  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in').waitFor();
  await signIn('subject');
  await page.getByRole('heading', { name: '我的班级' }).waitFor();

  await page.goto(`${APP_URL}/students/${encodeURIComponent(student.id)}`);
  await page.getByText('未找到该学生或无权查看').waitFor();
  assert.equal(await page.getByText(student.name).count(), 0, 'the student name must not be shown');
  await shot('subject-denied');
});
