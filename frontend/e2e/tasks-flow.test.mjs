// End-to-end, tasks and compliance: an incident becomes the homeroom teacher's task on the
// home page; one click opens the student's record form with the immediate kind and the incident
// it answers; recording the contact completes the task. The principal reads the compliance
// dashboard (ECharts loaded on demand), the policy with its presets and the school calendar.
import assert from 'node:assert/strict';
import { APP_URL, classStudents, devToken, graphql } from './api.mjs';
import { browserSession } from './session.mjs';

const CLASS = '一年级1班';
const session = browserSession('tasks');
const { e2e, shot, signIn, signOut, choose } = session;

e2e('an incident becomes a task that one click and one record complete', async () => {
  const { page } = session;
  const students = await classStudents('homeroom', CLASS);
  const student = students[students.length - 1];
  const token = await devToken('homeroom');
  await graphql(
    token,
    `
      mutation ($input: RecordIncidentInput!) {
        recordIncident(input: $input) {
          incident {
            id
          }
          errors {
            code
          }
        }
      }
    `,
    {
      input: {
        studentIds: [student.id],
        kind: 'ILLNESS_ABSENCE',
        days: 3,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: '发烧请假三天（端到端测试）',
        reportedBy: '母亲',
      },
    },
  );

  await page.goto(`${APP_URL}/`);
  await page.getByTestId('sign-in').waitFor();
  await signIn('homeroom');
  const task = page.getByTestId('home-tasks').getByTestId('task').filter({ hasText: student.name });
  await task.first().waitFor();
  assert.match(await task.first().textContent(), /立即家访：病假 3 天/);
  await shot('tasks-home');

  await task.first().getByTestId('task-record').click();
  await page.waitForURL(/\/students\/.*record=1.*kind=IMMEDIATE/);
  const drawer = page.locator('form#record-contact');
  await drawer.waitFor();
  assert.equal(await drawer.locator('input[type="radio"][value="IMMEDIATE"]').isChecked(), true);
  await choose(drawer.locator('.ant-select').first(), '电话');
  await drawer.locator('#record-contact_summary').fill('电话慰问，了解病情，告知补课安排。');
  await drawer.locator('#record-contact_analysis').fill('发烧已退，精神尚可。');
  await drawer.locator('#record-contact_countermeasure').fill('返校后安排补课，两天后再联系。');
  await shot('tasks-record-drawer');
  await drawer.getByTestId('record-submit').click();
  await page.locator('.ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
  await page.getByTestId('timeline-entry').first().waitFor();

  await page.goto(`${APP_URL}/tasks`);
  await page.getByRole('heading', { name: '我的任务' }).waitFor();
  await page.getByTestId('notifications').waitFor();
  assert.equal(
    await page.getByTestId('task').filter({ hasText: student.name }).filter({ hasText: '病假 3 天' }).count(),
    0,
    'the recorded contact completes the task',
  );
  await shot('tasks-page');
  await signOut();
});

e2e('the principal reads the compliance dashboard, the policy and the calendar', async () => {
  const { page } = session;
  await signIn('principal');
  await page.getByTestId('nav-compliance').click();
  await page.getByTestId('teachers-table').waitFor();
  await page.getByTestId('teacher-chart').locator('canvas').waitFor();
  assert.ok((await page.getByTestId('teachers-table').locator('tbody tr').count()) > 10);
  await shot('compliance-dashboard');

  await page.getByTestId('nav-policy').click();
  await page.getByTestId('preset-table').waitFor();
  assert.match(await page.getByTestId('policy-current').textContent(), /小学/);
  await shot('policy');

  await page.getByTestId('nav-calendar').click();
  await page.getByRole('heading', { name: '校历' }).waitFor();
  await page.getByText('春节：2026-02-15 ~ 2026-02-23').waitFor();
  await shot('calendar');
  await signOut();
});
