// End-to-end: a homeroom teacher records a phone contact; a subject teacher is refused a
// student of another class. Runs against a running app (JIAXIAO_URL) in headless Chromium.
import assert from 'node:assert/strict';
import { APP_URL, studentOutsideGrade } from './api.mjs';
import { browserSession } from './session.mjs';

const session = browserSession('contact');
const { e2e, shot, signIn, signOut, openFirstStudent, choose } = session;

e2e('homeroom teacher records a phone contact that tops the timeline', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await shot('sign-in');
  await signIn('homeroom');

  await openFirstStudent('一年级1班');

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
  const { page } = session;
  const student = await studentOutsideGrade(1);
  console.log(`# not the subject teacher's student: ${student.name} (${student.className})`);

  await signOut();
  await signIn('subject');
  await page.getByRole('heading', { name: '我的班级' }).waitFor();

  await page.goto(`${APP_URL}/students/${encodeURIComponent(student.id)}`);
  await page.getByText('未找到该学生或无权查看').waitFor();
  assert.equal(await page.getByText(student.name).count(), 0, 'the student name must not be shown');
  await shot('subject-denied');
});
