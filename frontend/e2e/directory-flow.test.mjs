// End-to-end, the school directory: the administrator lands on 学校名录, opens a student's
// card, corrects a guardian's mobile number and moves the student to another class (and back,
// so the other flows find the demo school as it was).
import assert from 'node:assert/strict';
import { APP_URL } from './api.mjs';
import { browserSession } from './session.mjs';

const session = browserSession('directory');
const { e2e, shot, signIn, signOut, choose } = session;

async function move(page, className) {
  const card = page.getByTestId('student-card');
  await card.getByTestId('move-student').click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('form#move-student') });
  await dialog.locator('form#move-student').waitFor();
  await choose(dialog.locator('.ant-select').first(), className);
  await dialog.getByTestId('move-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  await card.getByTestId('student-card-class').filter({ hasText: className }).waitFor();
}

e2e('the administrator corrects a guardian’s mobile number and moves a student', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await signIn('school-admin');
  await page.getByTestId('directory-title').waitFor();
  assert.match(page.url(), /\/directory$/);
  // The class filter is the page's first select (its text changes once chosen).
  await choose(page.locator('.ant-select').first(), '一年级2班');
  const first = page.getByTestId('directory-student').first();
  await first.waitFor();
  await first.click();
  const card = page.getByTestId('student-card');
  await card.waitFor();
  await shot('directory-card');

  await card.getByTestId('edit-guardians').click();
  const guardians = page.getByRole('dialog').filter({ has: page.locator('form#guardians') });
  await guardians.locator('form#guardians').waitFor();
  const phone = guardians.getByTestId('guardian-phone-input').first();
  await phone.fill('1391234');
  await guardians.getByTestId('guardians-submit').click();
  await guardians.getByText('手机号应为 11 位数字，以 13–19 开头').waitFor();
  await phone.fill('13912340000');
  await guardians.getByTestId('guardians-submit').click();
  await guardians.waitFor({ state: 'hidden' });
  await card.getByTestId('card-guardian-phone').filter({ hasText: '13912340000' }).first().waitFor();

  await move(page, '二年级1班');
  await shot('directory-moved');
  await move(page, '一年级2班');
  await signOut();
});
