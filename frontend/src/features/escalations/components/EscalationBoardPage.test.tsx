import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EscalationBoardDocument,
  EscalationChainsDocument,
  NotificationsDocument,
  type NotificationsQuery,
  type EscalationBoardQuery,
  type EscalationBoardQueryVariables,
  type EscalationCardFieldsFragment,
  type EscalationChainsQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { card, REFERRAL_CHAIN, RETENTION_CHAIN } from '../test/fixtures';
import EscalationBoardPage from './EscalationBoardPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const page = (nodes: EscalationCardFieldsFragment[]): EscalationBoardQuery => ({
  escalations: {
    edges: nodes.map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
});

const HOUR = 3_600_000;
const overdue = card({
  id: 'esc_2',
  student: { id: 'stu_t2', name: '王小明' },
  maskedStudentName: '王**',
  matter: '家长投诉老师换课未告知',
  currentStep: {
    key: 'RETENTION',
    name: '保单',
    ownerRole: 'SUPERVISOR',
    owner: { id: 'stf_sup', displayName: '郑主管（学管主管）' },
    dueAt: new Date(Date.now() - 3 * HOUR).toISOString(),
    overdue: true,
  },
});
const closed = card({
  id: 'esc_3',
  state: 'RESOLVED',
  currentStep: null,
  closedAt: new Date(Date.now() - 24 * HOUR).toISOString(),
  student: { id: 'stu_t3', name: '赵一鸣' },
  maskedStudentName: '赵**',
});

function serve(chains: EscalationChainsQuery, open: EscalationCardFieldsFragment[]) {
  requestMock.mockImplementation(async (document, variables) => {
    if (document === EscalationChainsDocument) return chains;
    if (document === EscalationBoardDocument) {
      const { filter } = variables as EscalationBoardQueryVariables;
      return filter?.states?.includes('OPEN') ? page(open) : page([closed]);
    }
    throw new Error(`unexpected ${String(document)}`);
  });
}

const boardCalls = () =>
  requestMock.mock.calls
    .filter(([document]) => document === EscalationBoardDocument)
    .map(([, variables]) => (variables as EscalationBoardQueryVariables).filter);

describe('EscalationBoardPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('shows a column per step of the chain with each escalation in its step, overdue ones in red', async () => {
    serve({ retention: RETENTION_CHAIN, schoolReferral: null }, [card(), overdue]);
    renderWithProviders(withViewer(['SUPERVISOR'], <EscalationBoardPage />));

    const warning = await screen.findByTestId('column-WARNING_SIGN');
    expect(within(warning).getByText('苗头处理')).toBeInTheDocument();
    expect(within(warning).getByText('学管师 · 3 天内')).toBeInTheDocument();
    expect(screen.getByTestId('column-REFUND')).toHaveTextContent('财务部 · 5 个工作日内');
    expect(screen.getAllByRole('region').map((column) => column.getAttribute('aria-label'))).toEqual([
      '苗头处理',
      '保单',
      '呈报主管、校区总监',
      '校区总监分析责任',
      '退费审批',
      '已结案',
    ]);

    const first = await within(warning).findByTestId('escalation-card');
    expect(first).toHaveAttribute('href', '/escalations/esc_1');
    expect(first).toHaveTextContent('林小雨');
    expect(first).toHaveTextContent('家长对排课不满，提出退费');
    expect(within(first).getByTestId('card-owner')).toHaveTextContent('学管师（未接手）');
    expect(within(first).getByTestId('card-countdown')).toHaveTextContent(/^剩余 2 天 \d+ 小时$/);
    expect(first).not.toHaveAttribute('data-overdue');

    const late = within(screen.getByTestId('column-RETENTION')).getByTestId('escalation-card');
    expect(late).toHaveAttribute('data-overdue', 'true');
    expect(within(late).getByTestId('card-owner')).toHaveTextContent('郑主管（学管主管）');
    expect(within(late).getByTestId('card-countdown')).toHaveTextContent(/^已逾期 \d+ 小时/);
    expect(within(late).getByTestId('card-countdown')).toHaveClass('ant-tag-red');
    expect(within(screen.getByTestId('column-REPORT')).getByText('暂无')).toBeInTheDocument();
    // One chain only: no switch.
    expect(screen.queryByTestId('kind-switch')).not.toBeInTheDocument();
    expect(boardCalls()).toEqual([{ kinds: ['RETENTION'], states: ['OPEN'] }]);
  });

  it('loads the closed escalations only when their column is unfolded', async () => {
    serve({ retention: RETENTION_CHAIN, schoolReferral: null }, [card()]);
    renderWithProviders(withViewer(['LEARNING_MANAGER'], <EscalationBoardPage />));
    const column = await screen.findByTestId('closed-column');
    expect(within(column).queryByTestId('escalation-card')).not.toBeInTheDocument();

    await userEvent.click(within(column).getByTestId('toggle-closed'));
    const shown = await within(column).findByTestId('escalation-card');
    expect(shown).toHaveTextContent('赵一鸣');
    expect(shown).toHaveTextContent('已解决');
    expect(boardCalls()).toContainEqual({
      kinds: ['RETENTION'],
      states: ['RESOLVED', 'REFUNDED', 'REFUND_REFUSED'],
    });
  });

  it('switches between the chains a school has, starting with the referrals at a school', async () => {
    serve({ retention: RETENTION_CHAIN, schoolReferral: REFERRAL_CHAIN }, []);
    renderWithProviders(withViewer(['PRINCIPAL'], <EscalationBoardPage />));
    expect(await screen.findByTestId('column-MORAL_EDUCATION')).toHaveTextContent('德育处 · 当个工作日内');
    expect(screen.getByTestId('column-LEADERSHIP')).toBeInTheDocument();
    await waitFor(() => expect(boardCalls()).toEqual([{ kinds: ['SCHOOL_REFERRAL'], states: ['OPEN'] }]));

    await userEvent.click(within(screen.getByTestId('kind-switch')).getByText('保单挽留'));
    expect(await screen.findByTestId('column-WARNING_SIGN')).toBeInTheDocument();
    expect(boardCalls()).toContainEqual({ kinds: ['RETENTION'], states: ['OPEN'] });
  });

  it('shows finance the refunds at the refund step, those awaiting its review first', async () => {
    const refundStep = {
      key: 'REFUND',
      name: '退费审批',
      ownerRole: 'FINANCE' as const,
      owner: null,
      dueAt: new Date(Date.now() + 48 * HOUR).toISOString(),
      overdue: false,
    };
    const notApplied = card({ id: 'esc_4', student: { id: 's4', name: '未申请' }, currentStep: refundStep });
    const reviewed = card({
      id: 'esc_5',
      student: { id: 's5', name: '待总裁' },
      maskedStudentName: '待**',
      currentStep: refundStep,
      refund: { appliedOn: '2026-11-19', financeReview: { approved: true } },
    });
    const awaiting = card({
      id: 'esc_6',
      student: { id: 's6', name: '待财务' },
      maskedStudentName: '待**',
      currentStep: refundStep,
      refund: { appliedOn: '2026-11-20', financeReview: null },
    });
    requestMock.mockImplementation(async (document) =>
      document === NotificationsDocument
        ? ({ notifications: { unreadCount: 0, edges: [] } } satisfies NotificationsQuery)
        : page([notApplied, reviewed, awaiting]),
    );
    renderWithProviders(withViewer(['FINANCE'], <EscalationBoardPage />));

    expect(await screen.findByText('待审核的退费')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId('escalation-card')).toHaveLength(3));
    const cards = screen.getAllByTestId('escalation-card');
    expect(cards.map((c) => within(c).getByTestId('card-student').textContent)).toEqual([
      '待财务',
      '待总裁',
      '未申请',
    ]);
    expect(within(cards[0]).getByTestId('refund-stage')).toHaveTextContent('待财务审核');
    expect(requestMock).toHaveBeenCalledWith(EscalationBoardDocument, {
      filter: { kinds: ['RETENTION'], states: ['OPEN'], stepKeys: ['REFUND'] },
      first: 30,
      after: null,
    });
    expect(requestMock).not.toHaveBeenCalledWith(EscalationChainsDocument);
    expect(screen.getByTestId('notifications')).toBeInTheDocument();
  });
});
