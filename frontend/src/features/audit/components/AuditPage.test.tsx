import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AuditEventsDocument, type AuditEventsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { GraphQLRequestError } from '../../../lib/graphql/errors';
import { renderWithProviders } from '../../../test/render';
import type { AuditEventRow } from '../hooks/useAuditEvents';
import AuditPage from './AuditPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const event = (id: string, at: string, kind: 'READ' | 'WRITE', operation: string): AuditEventRow => ({
  id,
  at,
  actor: { id: 'stf_homeroom', displayName: '陈老师' },
  operation,
  kind,
  fields: kind === 'READ' ? ['Student.focusCategories'] : [operation],
  studentIds: kind === 'READ' ? ['stu_2026010101'] : [],
  householdIds: ['hh_0001'],
});

const page = (events: AuditEventRow[], hasNextPage: boolean, endCursor: string | null): AuditEventsQuery => ({
  auditEvents: {
    edges: events.map((node) => ({ cursor: `c-${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor },
  },
});

describe('AuditPage', () => {
  beforeEach(() => requestMock.mockReset());

  it('renders the events with time in the school zone, actor, operation, kind and whose data', async () => {
    requestMock.mockResolvedValueOnce(
      page(
        [
          event('aud_2', '2026-11-19T16:30:05Z', 'WRITE', 'recordConsent'),
          event('aud_1', '2026-11-19T08:00:00Z', 'READ', 'StudentProfile'),
        ],
        false,
        'c-aud_1',
      ),
    );
    renderWithProviders(<AuditPage />);

    const table = await screen.findByTestId('audit-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('2026-11-20 00:30:05');
    expect(first).toHaveTextContent('陈老师');
    expect(first).toHaveTextContent('recordConsent');
    expect(first).toHaveTextContent('写入');
    expect(first).toHaveTextContent('hh_0001');
    expect(second).toHaveTextContent('2026-11-19 16:00:00');
    expect(second).toHaveTextContent('读取');
    expect(second).toHaveTextContent('Student.focusCategories');
    expect(within(second).getByRole('link', { name: 'stu_2026010101' })).toHaveAttribute(
      'href',
      '/students/stu_2026010101',
    );
    expect(requestMock).toHaveBeenCalledWith(AuditEventsDocument, { filter: null, first: 50, after: null });
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it('requests the next page after the endCursor and appends it', async () => {
    requestMock
      .mockResolvedValueOnce(
        page([event('aud_9', '2026-11-19T08:00:00Z', 'READ', 'StudentProfile')], true, 'end-1'),
      )
      .mockResolvedValueOnce(
        page([event('aud_8', '2026-11-18T08:00:00Z', 'WRITE', 'recordContact')], false, 'end-2'),
      );
    renderWithProviders(<AuditPage />);

    await userEvent.click(await screen.findByRole('button', { name: /加载更多/ }));

    const table = screen.getByTestId('audit-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(requestMock).toHaveBeenLastCalledWith(AuditEventsDocument, {
      filter: null,
      first: 50,
      after: 'end-1',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('StudentProfile');
    expect(rows[1]).toHaveTextContent('recordContact');
    expect(screen.getByText('已显示 2 条记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it('shows three ids of an event and the rest on request', async () => {
    const many = { ...event('aud_5', '2026-11-19T08:00:00Z', 'READ', 'ClassRoster') };
    many.studentIds = ['stu_1', 'stu_2', 'stu_3', 'stu_4', 'stu_5'];
    requestMock.mockResolvedValueOnce(page([many], false, null));
    renderWithProviders(<AuditPage />);

    await screen.findByRole('link', { name: 'stu_1' });
    expect(screen.queryByRole('link', { name: 'stu_4' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '另有 2 个' }));
    expect(screen.getByRole('link', { name: 'stu_5' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /收\s*起/ }));
    expect(screen.queryByRole('link', { name: 'stu_5' })).not.toBeInTheDocument();
  });

  it('filters by household and student', async () => {
    requestMock.mockResolvedValue(page([], false, null));
    renderWithProviders(<AuditPage />);
    expect(await screen.findByText('没有符合条件的记录')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('家庭 ID'), 'hh_0001');
    await userEvent.type(screen.getByLabelText('学生 ID'), ' stu_1 ');
    await userEvent.click(screen.getByTestId('audit-search'));

    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(AuditEventsDocument, {
        filter: { householdId: 'hh_0001', studentId: 'stu_1' },
        first: 50,
        after: null,
      }),
    );
  });

  it('shows a 403 result when the server says FORBIDDEN', async () => {
    requestMock.mockRejectedValueOnce(
      new GraphQLRequestError('Only the principal may read the audit trail.', {
        status: 200,
        errors: [
          {
            message: 'Only the principal may read the audit trail.',
            extensions: { classification: 'FORBIDDEN' },
          },
        ],
      }),
    );
    renderWithProviders(<AuditPage />);
    expect(await screen.findByText('无权查看审计日志')).toBeInTheDocument();
    expect(screen.getByText('审计日志仅供校长查看。')).toBeInTheDocument();
    expect(screen.queryByTestId('audit-table')).not.toBeInTheDocument();
  });
});
