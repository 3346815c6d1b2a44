// End-to-end, privacy of minors: a subject teacher sees "restricted" where the policy withholds
// sensitive information; the principal sees masked phones, exports a family's data, is refused
// erasure before the retention period ends, and reads the audit trail.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { APP_URL, classStudents } from './api.mjs';
import { browserSession } from './session.mjs';

const CLASS = '一年级1班';
const session = browserSession('privacy');
const { e2e, shot, signIn, signOut, openFirstStudent, language } = session;

/** Hovers `target` and waits until its tooltip says `text` and has finished appearing (for the screenshot). */
async function showTooltip(page, target, text) {
  await target.hover();
  await page.getByRole('tooltip').filter({ hasText: text }).waitFor();
  await page.waitForFunction(() =>
    [...globalThis.document.querySelectorAll('.ant-tooltip')].some(
      (el) => globalThis.getComputedStyle(el).opacity === '1' && !/-(appear|enter)/.test(el.className),
    ),
  );
}

/** Every guardian phone on the page is shown as the server sent it: a tel: link, or text when masked. */
async function assertPhones(page, student) {
  const phones = student.household.guardians.map((g) => g.phone).filter(Boolean);
  const shown = page.getByTestId('guardian-phone');
  await shown.first().waitFor();
  assert.deepEqual(await shown.allTextContents(), phones);
  const masked = phones.filter((phone) => phone.includes('*'));
  assert.equal(
    await page.locator('[data-testid="guardian-phone"][data-masked="true"]').count(),
    masked.length,
  );
  assert.equal(await page.locator('a[href^="tel:"]').count(), phones.length - masked.length);
  for (const phone of masked) assert.equal(await page.locator(`a[href="tel:${phone}"]`).count(), 0);
  return masked.length;
}

e2e('subject teacher sees "restricted" for focus categories and the family situation', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await signIn('subject');
  const name = await openFirstStudent(CLASS);

  const focus = page.getByTestId('restricted-focusCategories');
  assert.equal((await focus.textContent()).trim(), '受限');
  assert.equal((await page.getByTestId('restricted-situation').textContent()).trim(), '受限');
  assert.equal(await page.getByTestId('focus-categories').count(), 0);
  assert.equal(
    await page.getByTestId('record-consent').count(),
    0,
    'subject teachers do not record consents',
  );
  assert.equal(await page.getByTestId('export-household').count(), 0, 'export is for the principal');

  const student = (await classStudents('subject', CLASS)).find((s) => s.name === name);
  const masked = await assertPhones(page, student);
  console.log(
    `# ${name}: ${masked} of ${student.household.guardians.length} phones masked for the subject teacher`,
  );

  await showTooltip(page, focus, '根据隐私保护规定，您的角色无权查看此信息');
  await shot('subject-restricted');

  await language('English', page.getByTestId('restricted-focusCategories').filter({ hasText: 'Restricted' }));
  await showTooltip(
    page,
    page.getByTestId('restricted-focusCategories'),
    'Your role may not see this information',
  );
  await shot('subject-restricted-en');
  await language('中文', page.getByTestId('restricted-focusCategories').filter({ hasText: '受限' }));
});

e2e(
  'principal sees masked phones, exports a family, is refused erasure, and reads the audit trail',
  async () => {
    const { page } = session;
    const students = await classStudents('principal', CLASS);
    // A family contacted lately: its erasure must be refused (retention period), so nothing is erased.
    const student = students.find((s) => s.lastContactAt && s.household.guardians.some((g) => g.phone));
    assert.ok(student, `no student of ${CLASS} with a recorded contact`);
    const householdId = student.household.id;

    await signOut();
    await signIn('principal');
    await page.getByTestId('nav-audit').waitFor();
    await page.goto(`${APP_URL}/students/${encodeURIComponent(student.id)}`);
    await page.getByTestId('student-name').filter({ hasText: student.name }).waitFor();
    await page.getByTestId('family-situation').waitFor();
    assert.equal(await page.getByTestId('restricted-focusCategories').count(), 0);
    assert.ok((await assertPhones(page, student)) > 0, 'the principal sees phones masked');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-household').click(),
    ]);
    assert.equal(download.suggestedFilename(), `household-${householdId}.json`);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.household.id, householdId);
    await page.getByText('家庭数据已导出').waitFor();

    await page.getByTestId('erase-household').click();
    const form = page.locator('form#erase-household');
    await form.getByTestId('erase-submit').click();
    await form.getByText('请填写删除原因').waitFor();
    await form.locator('#erase-household_reason').fill('e2e：家长书面申请删除');
    await form.getByTestId('erase-submit').click();
    const refusal = await form.getByTestId('erase-alert').textContent();
    assert.match(refusal, /记录保存期未满，最早可于 \d{4}-\d{2}-\d{2} 删除/);
    console.log(`# erasure refused: ${refusal}`);
    await shot('principal-erase-refused');
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByTestId('nav-audit').click();
    await page.waitForURL(/\/audit$/);
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    const count = await rows.count();
    assert.ok(count >= 1);
    await rows.filter({ hasText: 'householdExport' }).first().waitFor();
    console.log(`# audit trail: ${count} events on the first page`);
    await shot('principal-audit');

    await language('English', page.getByRole('heading', { name: 'Audit trail' }));
    await shot('principal-audit-en');
    await language('中文', page.getByRole('heading', { name: '审计日志' }));
  },
);
