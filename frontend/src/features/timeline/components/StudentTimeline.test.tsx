import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { StudentTimelineDocument, type StudentTimelineQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import type { TimelineEntry } from '../hooks/useTimeline';
import { StudentTimeline } from './StudentTimeline';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const contact = (
  id: string,
  occurredAt: string,
  form: string,
  kind: string,
  summary: string,
): TimelineEntry =>
  ({
    __typename: 'Contact',
    id,
    occurredAt,
    recordedAt: occurredAt,
    author: { id: 't1', displayName: '王老师' },
    retraction: null,
    form,
    kind,
    summary,
    version: 0,
    needsSchool: false,
    guardiansMet: [{ guardianId: 'g1', name: '李芳', relation: 'MOTHER' }],
    students: [{ id: 's1', name: '张小明' }],
  }) as TimelineEntry;

const page = (
  entries: TimelineEntry[],
  hasNextPage: boolean,
  endCursor: string | null,
): StudentTimelineQuery => ({
  student: {
    id: 's1',
    timeline: {
      edges: entries.map((node) => ({ cursor: `cursor-${node.id}`, node })),
      pageInfo: { hasNextPage, endCursor },
    },
  },
});

describe('StudentTimeline', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('renders entries newest first with form label, kind colour and the school-zone time', async () => {
    requestMock.mockResolvedValueOnce(
      page(
        [
          contact('c3', '2026-11-19T16:30:00Z', 'PHONE', 'IMMEDIATE', '孩子发烧请假，电话了解情况'),
          contact('c2', '2026-11-10T02:00:00Z', 'HOME_VISIT', 'ROUTINE', '常规家访'),
          contact('c1', '2026-10-01T02:00:00Z', 'CONTACT_BOOK', 'FOCUS', '联系册反馈'),
        ],
        false,
        'cursor-c1',
      ),
    );
    renderWithProviders(<StudentTimeline studentId="s1" />);

    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((e) => e.getAttribute('data-form'))).toEqual(['PHONE', 'HOME_VISIT', 'CONTACT_BOOK']);
    expect(entries[0]).toHaveTextContent('2026-11-20 00:30');
    expect(entries[0]).toHaveTextContent('电话');
    expect(entries[0]).toHaveTextContent('立即');
    expect(entries[0]).toHaveTextContent('孩子发烧请假，电话了解情况');
    expect(entries[0]).toHaveTextContent('参与家长：李芳');
    expect(entries[0]).toHaveTextContent('记录人：王老师');
    expect(entries[1]).toHaveTextContent('上门家访');
    expect(entries[1]).toHaveTextContent('常规');

    const icons = screen.getAllByTestId('timeline-icon');
    expect(icons[0]).toHaveAttribute('aria-label', '电话');
    expect(icons[0]).toHaveStyle({ color: '#f5222d' });
    expect(icons[1]).toHaveStyle({ color: '#1677ff' });
    expect(icons[2]).toHaveStyle({ color: '#fa8c16' });
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
    expect(requestMock).toHaveBeenCalledWith(StudentTimelineDocument, {
      id: 's1',
      first: 20,
      after: null,
      filter: null,
    });
  });

  it('loads the next page after the endCursor and appends it', async () => {
    requestMock
      .mockResolvedValueOnce(
        page([contact('c9', '2026-11-19T02:00:00Z', 'PHONE', 'ROUTINE', '第一页')], true, 'end-1'),
      )
      .mockResolvedValueOnce(
        page([contact('c8', '2026-11-01T02:00:00Z', 'VIDEO_CALL', 'FOCUS', '第二页')], false, 'end-2'),
      );
    renderWithProviders(<StudentTimeline studentId="s1" />);

    await userEvent.click(await screen.findByRole('button', { name: /加载更多/ }));

    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(2));
    expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
      id: 's1',
      first: 20,
      after: 'end-1',
      filter: null,
    });
    const summaries = screen.getAllByTestId('timeline-summary').map((e) => e.textContent);
    expect(summaries).toEqual(['第一页', '第二页']);
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it('shows an empty state and a retryable error', async () => {
    requestMock.mockRejectedValueOnce(new Error('HTTP 500')).mockResolvedValueOnce(page([], false, null));
    renderWithProviders(<StudentTimeline studentId="s1" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 500');
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('还没有联系记录。')).toBeInTheDocument();
  });
});
