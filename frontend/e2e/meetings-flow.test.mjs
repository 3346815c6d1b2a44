// End-to-end, meetings and the Excel export: the homeroom teacher records a committee meeting
// on the class page, seeing the last one's resolutions to follow up; the principal sees the
// meeting figures on the compliance dashboard and downloads the workbook.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { APP_URL } from './api.mjs';
import { browserSession } from './session.mjs';

const session = browserSession('meetings');
const { e2e, shot, signIn, signOut, choose } = session;

e2e('the homeroom teacher records a committee meeting that follows up the last one', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await signIn('homeroom');
  await page.goto(`${APP_URL}/classes/cls_1_1`);
  const section = page.getByTestId('class-meetings');
  await section.getByTestId('meeting-rules').waitFor();
  assert.match(await section.getByTestId('meeting-rules').textContent(), /每学期家长会 2 次、家委会 1 次/);

  await section.getByTestId('record-meeting').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('form#record-meeting').waitFor();
  await choose(dialog.locator('.ant-select').first(), '家委会');
  const previous = dialog.getByTestId('previous-resolutions');
  await previous.waitFor();
  assert.match(await previous.textContent(), /上次家委会/);
  await dialog.locator('#record-meeting_topic').fill('家委会例会：决议落实（端到端测试）');
  await dialog.locator('#record-meeting_minutes').fill('到会家委 6 人，逐条检查上次决议的落实情况。');
  await dialog.getByRole('button', { name: /添加决议/ }).click();
  await dialog.getByLabel('决议 1', { exact: true }).fill('阅读分享会改在 12 月第二周');
  await shot('meetings-record-form');
  await dialog.getByTestId('meeting-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  await section.getByTestId('meeting').filter({ hasText: '决议落实（端到端测试）' }).waitFor();
  await shot('meetings-class-page');
  await signOut();
});

e2e('the principal sees the meeting figures and downloads the Excel workbook', async () => {
  const { page } = session;
  await signIn('principal');
  await page.getByTestId('nav-compliance').click();
  const classes = page.getByTestId('classes-table');
  await classes.waitFor();
  await classes.getByRole('columnheader', { name: '家长会' }).waitFor();
  assert.ok((await classes.locator('[data-short]').count()) > 0, 'meeting figures per class');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-xlsx').click(),
  ]);
  assert.match(download.suggestedFilename(), /^compliance-\d{4}-\d{2}\.xlsx$/);
  const workbook = await readFile(await download.path());
  // An .xlsx file is a zip archive.
  assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK');
  await shot('meetings-compliance');
  await signOut();
});
