import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../app/providers/AppProviders';
import {
  AdvanceEscalationDocument,
  ApproveRefundDocument,
  EscalationDetailDocument,
  ReviewRefundDocument,
  type AdvanceEscalationMutation,
  type EscalationDetailFieldsFragment,
  type StaffRole,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { withViewer } from '../../../test/viewer';
import { detail, detailQuery } from '../test/fixtures';
import EscalationDetailPage from './EscalationDetailPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

function renderPage(roles: StaffRole[]) {
  return render(
    <AppProviders>
      <MemoryRouter initialEntries={['/escalations/esc_1']}>
        {withViewer(
          roles,
          <Routes>
            <Route path="/escalations/:id" element={<EscalationDetailPage />} />
          </Routes>,
        )}
      </MemoryRouter>
    </AppProviders>,
  );
}

const refund = {
  applicantName: '林妈妈',
  appliedOn: '2026-11-20',
  reason: '孩子转学到外地',
  contract: { id: 'ctr_t001', signedOn: '2026-06-01', subjects: ['数学'] },
  financeReview: null,
  presidentDecision: null,
};
const financeApproved = {
  ...refund,
  financeReview: {
    at: '2026-11-21T02:00:00Z',
    approved: true,
    note: null,
    by: { id: 'stf_fin', displayName: '何会计（财务部）' },
  },
};

const actionButtons = () =>
  within(screen.getByTestId('escalation-actions'))
    .getAllByRole('button')
    .map((button) => button.getAttribute('data-testid'));

async function shows(escalation: EscalationDetailFieldsFragment, roles: StaffRole[]) {
  requestMock.mockResolvedValue(detailQuery(escalation));
  renderPage(roles);
  await screen.findByTestId('escalation-title');
}

const detailReads = () =>
  requestMock.mock.calls.filter(([document]) => document === EscalationDetailDocument).length;

describe('EscalationDetailPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('shows the escalation, its chain, steps and history', async () => {
    await shows(detail('RETENTION', { lossReasons: ['SLOW_RESPONSE'] }), ['SUPERVISOR']);
    expect(screen.getByTestId('escalation-title')).toHaveTextContent('林小雨 · 保单挽留');
    expect(screen.getByTestId('escalation-student')).toHaveAttribute('href', '/students/stu_t1');
    expect(screen.getByTestId('escalation-state')).toHaveTextContent('处理中');
    expect(screen.getByTestId('current-step')).toHaveTextContent('保单 · 学管主管（未接手）');
    expect(screen.getByTestId('loss-reason-tags')).toHaveTextContent('没有及时回应');
    const steps = screen.getAllByTestId('step');
    expect(steps.map((step) => step.getAttribute('data-step'))).toEqual(['WARNING_SIGN', 'RETENTION']);
    expect(steps[0]).toHaveTextContent('已上报下一步');
    expect(within(screen.getByTestId('escalation-history')).getByText('发起')).toBeInTheDocument();
    expect(screen.getByTestId('chain-steps')).toHaveTextContent('退费审批');
  });

  it.each<[string, EscalationDetailFieldsFragment, StaffRole[], string[]]>([
    [
      'the learning manager at the warning sign',
      detail('WARNING_SIGN'),
      ['LEARNING_MANAGER'],
      ['action-acknowledge', 'action-recordAction', 'action-advance', 'action-resolve', 'action-tagReasons'],
    ],
    ['a consultant', detail('WARNING_SIGN'), ['CONSULTANT'], ['action-recordAction']],
    [
      'the supervisor at the warning sign (not its owner)',
      detail('WARNING_SIGN'),
      ['SUPERVISOR'],
      ['action-recordAction', 'action-advance', 'action-resolve', 'action-tagReasons'],
    ],
    [
      'the learning manager at the refund step, before the application',
      detail('REFUND'),
      ['LEARNING_MANAGER'],
      ['action-recordAction', 'action-tagReasons', 'action-applyRefund'],
    ],
    [
      'finance once the application is in',
      detail('REFUND', { refund }),
      ['FINANCE'],
      ['action-acknowledge', 'action-recordAction', 'action-tagReasons', 'action-financeReview'],
    ],
    [
      'the learning manager after finance approved',
      detail('REFUND', { refund: financeApproved }),
      ['LEARNING_MANAGER'],
      ['action-recordAction', 'action-tagReasons'],
    ],
    [
      'the president after finance approved',
      detail('REFUND', { refund: financeApproved }),
      ['PRESIDENT'],
      ['action-recordAction', 'action-resolve', 'action-tagReasons', 'action-presidentDecision'],
    ],
  ])('offers %s only what the chain allows', async (_, escalation, roles, expected) => {
    await shows(escalation, roles);
    expect(actionButtons()).toEqual(expected);
  });

  it('offers nothing on a closed escalation', async () => {
    await shows(
      detail('REFUND', {
        state: 'REFUNDED',
        currentStep: null,
        outcome: '总裁批准退费',
        closedAt: '2026-11-22T02:00:00Z',
        refund: {
          ...financeApproved,
          presidentDecision: { at: '2026-11-22T02:00:00Z', approved: true, note: null, by: null },
        },
      }),
      ['PRESIDENT'],
    );
    expect(screen.queryByTestId('escalation-actions')).not.toBeInTheDocument();
    expect(screen.getByTestId('escalation-outcome')).toHaveTextContent('总裁批准退费');
    expect(screen.getByTestId('president-decision')).toHaveAttribute('data-decision', 'approved');
  });

  it('checks the required outputs before advancing, and shows the server’s errors at their fields', async () => {
    await shows(detail('WARNING_SIGN'), ['LEARNING_MANAGER']);
    await userEvent.click(screen.getByTestId('action-advance'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('上报到下一步：保单')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByTestId('advance-submit'));
    expect(await within(dialog).findByText('请填写处理过程')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写处理结果')).toBeInTheDocument();
    expect(within(dialog).getByText('请填写矛盾点')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(AdvanceEscalationDocument, expect.anything());

    requestMock.mockResolvedValueOnce({
      advanceEscalation: {
        escalation: null,
        errors: [
          {
            code: 'TOO_LONG',
            field: ['input', 'outputs', 'conflictPoints'],
            message: '每项最多 2000 字。',
          },
          { code: 'NOT_ALLOWED', field: ['input', 'fromStep'], message: '您的角色不能推进「苗头处理」。' },
        ],
      },
    } satisfies AdvanceEscalationMutation);
    await userEvent.type(within(dialog).getByLabelText('处理过程'), '与家长面谈，了解不满原因');
    await userEvent.type(within(dialog).getByLabelText('处理结果'), '家长仍要求退费');
    await userEvent.type(within(dialog).getByLabelText('矛盾点'), '排课时间冲突');
    await userEvent.click(within(dialog).getByText('没有及时回应'));
    await userEvent.click(within(dialog).getByTestId('advance-submit'));

    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(AdvanceEscalationDocument, {
        input: {
          escalationId: 'esc_1',
          expectedVersion: 3,
          fromStep: 'WARNING_SIGN',
          outputs: [
            { key: 'process', value: '与家长面谈，了解不满原因' },
            { key: 'result', value: '家长仍要求退费' },
            { key: 'conflictPoints', value: '排课时间冲突' },
          ],
          lossReasons: ['SLOW_RESPONSE'],
          idempotencyKey: expect.any(String),
        },
      }),
    );
    expect(await within(dialog).findByText('每项最多 2000 字。')).toBeInTheDocument();
    const field = within(dialog).getByLabelText('矛盾点').closest('.ant-form-item');
    expect(field).toHaveTextContent('每项最多 2000 字。');
    expect(within(dialog).getByTestId('escalation-form-alert')).toHaveTextContent(
      '您的角色不能推进「苗头处理」。',
    );
  });

  it('on CONFLICT says someone changed it and reloads', async () => {
    await shows(detail('WARNING_SIGN'), ['LEARNING_MANAGER']);
    await userEvent.click(screen.getByTestId('action-recordAction'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('处理情况与结果'), '电话联系家长');
    requestMock.mockResolvedValueOnce({
      recordEscalationAction: {
        escalation: null,
        errors: [{ code: 'CONFLICT', field: ['input', 'expectedVersion'], message: '已被他人修改' }],
      },
    });
    const reads = detailReads();
    await userEvent.click(within(dialog).getByTestId('record-action-submit'));

    expect(await screen.findByTestId('escalation-conflict')).toHaveTextContent('有人刚刚修改了此事项');
    await waitFor(() => expect(detailReads()).toBe(reads + 1));
    // The dialog closes (its leave animation never ends in jsdom).
    await waitFor(() => expect(screen.getByRole('dialog', { hidden: true })).toHaveClass('ant-zoom-leave'));
  });

  it('requires a reason when finance refuses, and sends the decision with the version read', async () => {
    await shows(detail('REFUND', { refund }), ['FINANCE']);
    expect(screen.getByTestId('finance-review')).toHaveAttribute('data-decision', 'pending');
    await userEvent.click(screen.getByTestId('action-financeReview'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('不同意'));
    await userEvent.click(within(dialog).getByTestId('finance-review-submit'));
    expect(await within(dialog).findByText('不同意时请说明原因')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(ReviewRefundDocument, expect.anything());

    await userEvent.click(within(dialog).getByLabelText('同意'));
    requestMock.mockResolvedValueOnce({
      reviewRefund: { escalation: { id: 'esc_1', version: 4 }, errors: [] },
    });
    await userEvent.click(within(dialog).getByTestId('finance-review-submit'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(ReviewRefundDocument, {
        input: {
          escalationId: 'esc_1',
          expectedVersion: 3,
          approved: true,
          note: null,
          idempotencyKey: expect.any(String),
        },
      }),
    );
    expect(requestMock).not.toHaveBeenCalledWith(ApproveRefundDocument, expect.anything());
    await waitFor(() => expect(detailReads()).toBe(2));
  });
});
