// End-to-end, the tutoring centre's retention chain: the learning manager opens an escalation
// from a student's page and advances the warning sign with its outputs; the supervisor finds it
// on the board and takes it through retention and the report; the director's review (through
// the API, to keep the run short) brings it to the refund; the learning manager records the
// family's written application and may not approve it; finance reviews it from its queue, the
// president approves, and the student's timeline shows every step. The board at 390 px and
// the churn report close the run.
import assert from 'node:assert/strict';
import { APP_URL, classStudents, devToken, graphql } from './api.mjs';
import { browserSession } from './session.mjs';

const GROUP = '初二提高组';
const session = browserSession('escalation');
const { e2e, shot, signIn, signOut } = session;

/** Shared between the steps of the flow (node:test runs a file's tests in order). */
const flow = { matter: `e2e 家长对排课不满，提出退费（${new Date().toISOString()}）` };

const ESCALATION = `
  query ($id: ID!) {
    escalation(id: $id) {
      version
      state
      currentStep {
        key
      }
      refund {
        financeReview {
          approved
        }
      }
    }
  }
`;

async function escalationAs(username, id) {
  const { escalation } = await graphql(await devToken(username), ESCALATION, { id });
  return escalation;
}

/** The detail page's action button, then its dialog's form. */
async function openAction(action, formId) {
  const { page } = session;
  await page.getByTestId(`action-${action}`).click();
  const form = page.locator(`form#${formId}`);
  await form.waitFor();
  return form;
}

async function submitAndClose(form, formId) {
  await form.getByTestId(`${formId}-submit`).click();
  await form.waitFor({ state: 'detached' });
}

async function advance(outputs) {
  const form = await openAction('advance', 'advance');
  for (const [key, value] of Object.entries(outputs)) {
    await form.locator(`#advance_outputs_${key}`).fill(value);
  }
  return form;
}

async function currentStepIs(name) {
  await session.page.getByTestId('current-step').filter({ hasText: name }).waitFor();
}

e2e(
  'the learning manager opens a retention escalation from a student page and advances the warning sign',
  async () => {
    const { page } = session;
    const students = await classStudents('learning-manager', GROUP);
    flow.student = students[students.length - 1];

    await page.goto(`${APP_URL}/`);
    await page.getByTestId('sign-in').waitFor();
    await signIn('learning-manager');
    await page.getByRole('heading', { name: '我的班组' }).waitFor();
    await page.goto(`${APP_URL}/students/${encodeURIComponent(flow.student.id)}`);
    await page.getByTestId('student-name').filter({ hasText: flow.student.name }).waitFor();

    await page.getByTestId('open-escalation').click();
    const open = page.locator('form#open-escalation');
    await open.waitFor();
    assert.equal(await open.locator('input[type="radio"][value="RETENTION"]').isChecked(), true);
    await open.locator('#open-escalation_matter').fill(flow.matter);
    await shot('escalation-open');
    await open.getByTestId('open-escalation-submit').click();
    await page.waitForURL(/\/escalations\/[^/]+$/);
    flow.id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
    await currentStepIs('苗头处理');
    assert.match(await page.getByTestId('escalation-state').textContent(), /处理中/);

    // The chain's owner role takes the step on; required outputs are checked before anything is sent.
    await page.getByTestId('action-acknowledge').click();
    await page.getByTestId('current-step').filter({ hasText: '周老师' }).waitFor();
    const form = await advance({ process: '约家长面谈，听取对排课的意见' });
    await form.getByTestId('advance-submit').click();
    await form.getByText('请填写处理结果').waitFor();
    await form.locator('#advance_outputs_result').fill('家长仍坚持退费');
    await form
      .locator('#advance_outputs_conflictPoints')
      .fill('周末排课与孩子的比赛训练冲突；换老师未提前告知');
    await form.getByText('换老师或调课未告知家长').click();
    await shot('escalation-advance-form');
    await submitAndClose(form, 'advance');
    await currentStepIs('保单');
    await page.getByTestId('loss-reason-tags').filter({ hasText: '换老师或调课未告知家长' }).waitFor();
    await shot('escalation-detail-retention');
    await signOut();
  },
);

e2e('the supervisor finds it on the board and takes it through retention and the report', async () => {
  const { page } = session;
  await signIn('supervisor');
  await page.getByTestId('nav-escalations').click();
  const card = page
    .getByTestId('column-RETENTION')
    .getByTestId('escalation-card')
    .filter({ hasText: flow.matter });
  await card.waitFor();
  assert.match(await card.getByTestId('card-countdown').textContent(), /剩余|已逾期/);
  await shot('escalation-board');
  await card.click();
  await page.waitForURL(new RegExp(`/escalations/${flow.id}$`));

  let form = await advance({
    refundList: '林家 1 份（初二数学）',
    lostContractReport: '排课冲突未及时调整',
    retentionReport: '主管与家长面谈一次，提出调课方案，家长未接受',
  });
  await submitAndClose(form, 'advance');
  await currentStepIs('呈报主管、校区总监');

  form = await advance({
    departmentFeedback: '学管部：换老师须提前一周告知；咨询部：签约时确认孩子的训练时间',
    supervisorSummary: '挽留失败，家长坚持退费',
  });
  await submitAndClose(form, 'advance');
  await currentStepIs('校区总监分析责任');
  await signOut();
});

e2e(
  "the director's review brings it to the refund, where the learning manager records the application",
  async () => {
    const { page } = session;
    const director = await devToken('director');
    const before = await escalationAs('director', flow.id);
    assert.equal(before.currentStep.key, 'DIRECTOR_REVIEW');
    const { advanceEscalation } = await graphql(
      director,
      `
        mutation ($input: AdvanceEscalationInput!) {
          advanceEscalation(input: $input) {
            escalation {
              version
            }
            errors {
              code
              message
            }
          }
        }
      `,
      {
        input: {
          escalationId: flow.id,
          expectedVersion: before.version,
          fromStep: 'DIRECTOR_REVIEW',
          outputs: [
            { key: 'lessonsLearned', value: '排课变动须与家长确认' },
            { key: 'responsible', value: '学管师、排课老师' },
            { key: 'writtenSummary', value: '已向总裁书面汇报' },
          ],
        },
      },
    );
    assert.deepEqual(advanceEscalation.errors, []);

    await signIn('learning-manager');
    await page.goto(`${APP_URL}/escalations/${encodeURIComponent(flow.id)}`);
    await currentStepIs('退费审批');
    const form = await openAction('applyRefund', 'apply-refund');
    await form.locator('#apply-refund_applicantName').fill('林妈妈');
    await form.locator('#apply-refund_reason').fill('孩子周末要参加比赛训练，无法继续上课');
    await submitAndClose(form, 'apply-refund');
    await page.getByTestId('refund-card').waitFor();
    assert.equal(await page.getByTestId('finance-review').getAttribute('data-decision'), 'pending');
    assert.equal(await page.getByTestId('action-financeReview').count(), 0);
    assert.equal(await page.getByTestId('action-presidentDecision').count(), 0);
    await signOut();
  },
);

e2e('finance reviews the refund from its queue; the learning manager may not approve it', async () => {
  const { page } = session;
  await signIn('finance');
  // Finance's home is its queue of refunds.
  await page.getByText('待审核的退费').waitFor();
  const card = page
    .getByTestId('refund-queue')
    .getByTestId('escalation-card')
    .filter({ hasText: flow.matter });
  await card.getByTestId('refund-stage').filter({ hasText: '待财务审核' }).waitFor();
  await shot('escalation-refund-queue');
  await card.click();
  const form = await openAction('financeReview', 'finance-review');
  await form.getByText('同意', { exact: true }).click();
  await form.locator('#finance-review_note').fill('合同剩余课时核对无误');
  await submitAndClose(form, 'finance-review');
  await page.locator('[data-testid="finance-review"][data-decision="approved"]').waitFor();
  await signOut();

  // The learning manager sees the refund but no way to approve it, and the API refuses.
  await signIn('learning-manager');
  await page.goto(`${APP_URL}/escalations/${encodeURIComponent(flow.id)}`);
  await page.locator('[data-testid="finance-review"][data-decision="approved"]').waitFor();
  assert.equal(await page.getByTestId('action-presidentDecision').count(), 0);
  const { version } = await escalationAs('learning-manager', flow.id);
  const { approveRefund } = await graphql(
    await devToken('learning-manager'),
    `
      mutation ($input: RefundDecisionInput!) {
        approveRefund(input: $input) {
          escalation {
            state
          }
          errors {
            code
          }
        }
      }
    `,
    { input: { escalationId: flow.id, expectedVersion: version, approved: true } },
  );
  assert.equal(approveRefund.escalation, null);
  assert.deepEqual(
    approveRefund.errors.map((error) => error.code),
    ['NOT_ALLOWED'],
  );
  await signOut();
});

e2e('the president approves; the chain closes and the timeline shows every step', async () => {
  const { page } = session;
  await signIn('president');
  await page.goto(`${APP_URL}/escalations/${encodeURIComponent(flow.id)}`);
  const form = await openAction('presidentDecision', 'president-decision');
  await form.getByText('同意', { exact: true }).click();
  await submitAndClose(form, 'president-decision');
  await page.getByTestId('escalation-state').filter({ hasText: '已退费' }).waitFor();
  assert.equal(await page.getByTestId('escalation-actions').count(), 0);
  assert.equal(await page.getByTestId('president-decision').getAttribute('data-decision'), 'approved');
  const history = await page.getByTestId('escalation-history').textContent();
  for (const event of ['发起', '接手', '上报下一步', '登记退费申请', '财务审核', '总裁审批']) {
    assert.ok(history.includes(event), `the history names "${event}"`);
  }
  await shot('escalation-refunded');

  // The student's timeline, narrowed to escalation steps, links back to the escalation.
  await page.getByTestId('escalation-student').click();
  await page.waitForURL(/\/students\//);
  const steps = page.locator('[data-testid="timeline-entry"][data-type="EscalationUpdate"]');
  await steps.first().waitFor();
  assert.ok((await steps.count()) >= 4, 'opening, the advances and the refund are on the timeline');
  assert.equal(
    await steps.first().getByTestId('open-escalation-entry').getAttribute('href'),
    `/escalations/${encodeURIComponent(flow.id)}`,
  );
  await shot('escalation-timeline');
});

e2e('the board scrolls sideways at 390 px; the churn report charts the reasons', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${APP_URL}/escalations`);
  const board = page.getByTestId('escalation-board');
  await board.waitFor();
  const { scrollWidth, clientWidth } = await board.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  assert.ok(clientWidth <= 390, `the board fits the screen (${clientWidth} px)`);
  assert.ok(scrollWidth > clientWidth, 'the columns scroll sideways');
  const column = await page.getByTestId('column-WARNING_SIGN').boundingBox();
  assert.ok(column.width <= 390, `a column fits the screen (${column.width} px)`);
  await shot('escalation-board-390');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByTestId('nav-churn').click();
  await page.getByTestId('churn-table').waitFor();
  await page.getByTestId('churn-chart').locator('canvas').waitFor();
  assert.match(await page.getByTestId('churn-table').textContent(), /换老师或调课未告知家长/);
  await page.getByTestId('churn-group-by').getByText('按学管师').click();
  await page.getByTestId('churn-table').getByText('周老师（学管师）').waitFor();
  await shot('escalation-churn');
  await signOut();
});
