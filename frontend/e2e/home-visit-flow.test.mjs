// End-to-end, the paper visit record: the math teacher of 一年级1班 and 2班 records one home
// visit for two siblings (analysis and countermeasure, as the school's rule asks), finds it on
// both children's timelines and once on the household's, amends it and prints it; answers an
// illness absence with an immediate contact; and checks the student page and the form at phone
// width.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { APP_URL } from './api.mjs';
import { browserSession, SHOTS } from './session.mjs';

const CLASS = '一年级1班';
const session = browserSession('home-visit');
const { e2e, shot, signIn, openFirstStudent, choose, language } = session;

/**
 * Waits until `locator` (a drawer, a dialog, a collapse) has finished animating. An animation
 * that a newer one replaces rejects `finished` (AbortError): wait for whatever runs then.
 */
async function settled(locator) {
  await locator.waitFor();
  await locator.evaluate(async (element) => {
    for (let round = 0; round < 10; round++) {
      const running = element.getAnimations({ subtree: true });
      if (running.length === 0) return;
      await Promise.allSettled(running.map((animation) => animation.finished));
    }
  });
}

/** Opens a section of the contact form's Collapse (if closed). */
async function openSection(form, title) {
  const header = form.locator('.ant-collapse-header').filter({ hasText: title });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

const summary = `e2e 上门家访 ${new Date().toISOString()}：了解兄妹在家的学习环境和作息。`;
let studentUrl;

e2e('subject teacher records one home visit for two siblings, with analysis and countermeasure', async () => {
  const { page } = session;
  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await signIn('subject');
  const studentName = await openFirstStudent(CLASS);
  studentUrl = page.url();
  const sibling = page.getByTestId('sibling-link').first();
  await sibling.waitFor();
  const siblingName = (await sibling.textContent()).replace(/（.*$/, '').trim();
  console.log(`# ${studentName} (${CLASS}) and the sibling ${siblingName}`);

  await page.getByTestId('record-contact').click();
  const form = page.locator('form#record-contact');
  await settled(page.locator('.ant-drawer-content-wrapper').filter({ has: form }));
  await choose(form.locator('.ant-select').first(), '上门家访');
  // The school's rule: a home visit carries an analysis and a countermeasure.
  await form.locator('label[for="record-contact_analysis"].ant-form-item-required').waitFor();
  await form.locator('label[for="record-contact_countermeasure"].ant-form-item-required').waitFor();
  await form.locator('#record-contact_place').fill('学生家中');
  await form.locator('#record-contact_durationMinutes').fill('90');
  await form.getByRole('checkbox', { name: siblingName }).check();
  await form.locator('#record-contact_guardianIdsMet input[type="checkbox"]').first().check();
  await form.getByText('在场', { exact: true }).click();
  await form.locator('#record-contact_otherParticipants').fill('心理老师');
  await form.locator('#record-contact_summary').fill(summary);
  await form.locator('#record-contact_schoolReport').fill('兄妹上课专注，数学作业按时完成。');
  await form.locator('#record-contact_familyReport').fill('在家能主动做家务，周末由祖母照看。');

  await form.getByTestId('record-submit').click();
  await form.getByText('按学校规定，此类联系必须填写分析（有记录、有分析、有对策）').waitFor();
  await form.locator('#record-contact_analysis').fill('学习习惯良好；哥哥课后阅读偏少，妹妹计算偶有粗心。');
  await form.locator('#record-contact_countermeasure').fill('课上多给兄妹展示机会；每周通过联系册反馈一次。');
  await openSection(form, '措施与跟进');
  await form.locator('#record-contact_agreedMeasures').fill('每天亲子阅读半小时，作业后由家长检查。');
  await settled(form.locator('.ant-collapse'));
  await form.getByTestId('add-follow-up').click();
  await form.getByTestId('follow-up-row').first().waitFor();
  await form.getByLabel('第 1 项后续行动：做什么').fill('两周后电话回访');
  await form.getByLabel('第 1 项后续行动：负责人').fill('刘老师');
  await openSection(form, '基本信息');
  await page.locator('.ant-drawer-body').evaluate((body) => body.scrollTo(0, 0));
  await shot('home-visit-form');

  await form.getByTestId('record-submit').click();
  await form.waitFor({ state: 'detached' });
  await page.getByText('联系记录已保存').waitFor();
  const top = page.getByTestId('timeline-entry').first();
  await top.filter({ hasText: summary }).waitFor();
  assert.equal(await top.getAttribute('data-form'), 'HOME_VISIT');
  await top.filter({ hasText: `涉及学生：` }).filter({ hasText: siblingName }).waitFor();

  // The sibling's timeline has the same record.
  await page.getByTestId('sibling-link').filter({ hasText: siblingName }).click();
  await page.getByTestId('student-name').filter({ hasText: siblingName }).waitFor();
  await page.getByTestId('timeline-entry').first().filter({ hasText: summary }).waitFor();
  await page.locator('.ant-drawer-mask').waitFor({ state: 'hidden' });
  await shot('home-visit-siblings');

  // Once on the household's merged timeline.
  await page.getByTestId('household-link').click();
  await page.waitForURL(/\/households\//);
  await page.getByTestId('household-title').filter({ hasText: studentName }).waitFor();
  const shared = page.getByTestId('timeline-entry').filter({ hasText: summary });
  await shared.first().waitFor();
  assert.equal(await shared.count(), 1, 'a shared contact shows once on the household timeline');
  await shot('household-timeline');
});

e2e('the author amends the visit, sees the history, and prints the record', async () => {
  const { page } = session;
  const entry = page.getByTestId('timeline-entry').filter({ hasText: summary });
  await entry.click();
  const detail = page.getByTestId('contact-detail');
  await detail.waitFor();
  await detail.getByText('学习习惯良好；哥哥课后阅读偏少').waitFor();

  await page.getByTestId('amend-contact').click();
  const form = page.locator('form#amend-contact');
  await form.locator('#amend-contact_durationMinutes').fill('100');
  await form.getByTestId('amend-submit').click();
  await page.getByText('记录已修改').waitFor();
  const amendment = page.getByTestId('amendment').first();
  await amendment.filter({ hasText: '刘老师' }).waitFor();
  await amendment.filter({ hasText: '90 分钟' }).waitFor();

  await page.getByTestId('print-contact').click();
  await page.waitForURL(/\/contacts\/[^/]+\/print$/);
  const sheet = page.getByTestId('print-sheet');
  await sheet.getByRole('heading', { name: /家访记录表/ }).waitFor();
  await sheet.getByText(summary).waitFor();
  const phones = await page.getByTestId('print-phones').textContent();
  assert.match(phones, /\d{3}\*+\d{4}/, 'phones on paper have their middle digits hidden');
  assert.doesNotMatch(phones, /\d{11}/);
  // The visit was recorded now and lasts 100 minutes: late in the evening it ends the next day,
  // and the sheet then prints both dates.
  assert.match(
    await page.getByTestId('print-time').textContent(),
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(–\d{2}:\d{2}| – \d{4}-\d{2}-\d{2} \d{2}:\d{2})$/,
  );

  await page.evaluate(() => {
    globalThis.printed = 0;
    globalThis.print = () => {
      globalThis.printed += 1;
    };
  });
  await page.getByTestId('print-button').click();
  assert.equal(
    await page.evaluate(() => globalThis.printed),
    1,
    'the print button asks the browser to print',
  );

  // As on paper: A4 width (794 CSS pixels), print styles; and the PDF Chromium prints.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.ant-layout-header').isVisible(), false, 'no app header on paper');
  assert.equal(await page.getByTestId('print-button').isVisible(), false, 'no buttons on paper');
  await shot('print-view');
  await page.pdf({ path: join(SHOTS, 'print-view.pdf'), format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });

  await language('English', sheet.getByRole('heading', { name: /Home visit record/ }));
  await shot('print-view-en');
  await language('中文', sheet.getByRole('heading', { name: /家访记录表/ }));
});

e2e('an illness absence is answered by an immediate contact, and a note is added', async () => {
  const { page } = session;
  await page.goto(studentUrl);
  await page.getByTestId('student-name').waitFor();

  await page.getByTestId('record-incident').click();
  const incidentForm = page.locator('form#record-incident');
  await settled(page.locator('.ant-modal').filter({ has: incidentForm }));
  await choose(incidentForm.locator('.ant-select').first(), '病假');
  await incidentForm.locator('#record-incident_days').fill('3');
  await incidentForm.locator('#record-incident_description').fill('e2e：发烧，在家休息三天。');
  await incidentForm.locator('#record-incident_reportedBy').fill('家长');
  await incidentForm.getByTestId('incident-submit').click();
  await incidentForm.waitFor({ state: 'detached' });
  const incident = page.locator('[data-testid="timeline-entry"][data-type="Incident"]').first();
  await incident.getByTestId('incident-unanswered').waitFor();
  await incident.filter({ hasText: '3 天' }).waitFor();

  await incident.getByTestId('answer-incident').click();
  const form = page.locator('form#record-contact');
  await form.getByTestId('answers-incident').waitFor();
  await settled(page.locator('.ant-drawer-content-wrapper').filter({ has: form }));
  assert.ok(await form.getByRole('radio', { name: '立即' }).isChecked(), 'an answer is an immediate contact');
  await choose(form.locator('.ant-select').first(), '电话');
  await form.locator('#record-contact_summary').fill('e2e：电话询问病情，告知补课安排。');
  await form.locator('#record-contact_analysis').fill('病情好转，担心落下功课。');
  await form.locator('#record-contact_countermeasure').fill('返校后安排一次课后辅导。');
  await form.getByTestId('record-submit').click();
  await form.waitFor({ state: 'detached' });
  await incident.getByTestId('incident-answered').waitFor();

  await page.getByTestId('add-note').click();
  const noteForm = page.locator('form#add-note');
  await noteForm.locator('#add-note_text').fill('e2e：课堂上主动举手 3 次。');
  await noteForm.getByTestId('note-submit').click();
  await noteForm.waitFor({ state: 'detached' });
  await page.locator('[data-testid="timeline-entry"][data-type="Note"]').first().waitFor();
  await page.locator('.ant-modal-mask').waitFor({ state: 'hidden' });
  await shot('incident-answered');
});

e2e('the student page, the form and the timeline work at phone width', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await page.goto(studentUrl);
    await page.getByTestId('student-name').waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: summary }).first().waitFor();
    const overflow = await page.evaluate(
      () => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth,
    );
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390px`);
    await shot('student-phone');

    await page.getByTestId('timeline-filter-toggle').click();
    await page.getByTestId('timeline-filters').waitFor();
    await page.getByTestId('timeline-filter-toggle').click();

    await page.getByTestId('record-contact').click();
    const form = page.locator('form#record-contact');
    await form.waitFor();
    // Once the drawer has slid in, it takes the whole width of the phone.
    await page.waitForFunction(() => {
      const drawer = globalThis.document.querySelector('.ant-drawer-content-wrapper');
      const box = drawer?.getBoundingClientRect();
      return (
        box !== undefined && Math.round(box.left) === 0 && Math.round(box.width) === globalThis.innerWidth
      );
    });
    await page.screenshot({ path: join(SHOTS, 'contact-form-phone.png') });
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await form.waitFor({ state: 'detached' });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
