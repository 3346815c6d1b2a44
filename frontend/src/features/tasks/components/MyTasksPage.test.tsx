import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CompleteObligationDocument,
  MarkNotificationReadDocument,
  MyTasksDocument,
  NotificationsDocument,
  type MyTasksQuery,
  type NotificationsQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import MyTasksPage from './MyTasksPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

type Task = MyTasksQuery['myTasks']['edges'][number]['node'];

const task = (id: string, rule: string, state: string, dueAt: string, title: string): Task =>
  ({
    id,
    rule,
    title,
    state,
    dueAt,
    incidentId: rule === 'IMMEDIATE_VISIT' ? 'inc_1' : null,
    completedByHand: false,
    students: [{ id: `stu_${id}`, name: `学生${id}` }],
    class: { id: 'cls_1_1', name: '一年级1班' },
  }) as Task;

const tasks: MyTasksQuery = {
  myTasks: {
    totalCount: 4,
    edges: [
      task('1', 'IMMEDIATE_VISIT', 'OVERDUE', '2026-11-25T08:00:00Z', '立即家访：病假 3 天'),
      task('2', 'FOLLOW_UP', 'OPEN', '2026-11-26T15:59:59Z', '跟进：电话回访'),
      task('3', 'FOLLOW_UP', 'OPEN', '2026-11-28T15:59:59Z', '跟进：检查作业'),
      task('4', 'FOCUS_WINTER_VISIT', 'OPEN', '2027-02-21T15:59:59Z', '重点学生寒假家访'),
    ].map((node) => ({ node })),
    pageInfo: { hasNextPage: false, endCursor: null },
  },
};

const notifications: NotificationsQuery = {
  notifications: {
    unreadCount: 1,
    edges: [
      {
        node: {
          id: 'ntf_1',
          kind: 'OVERDUE',
          title: '已逾期：立即家访：病假 3 天',
          dueAt: '2026-11-25T08:00:00Z',
          createdAt: '2026-11-25T08:05:00Z',
          read: false,
          escalation: null,
        },
      },
      {
        node: {
          id: 'ntf_2',
          kind: 'OVERDUE',
          title: '已逾期：苗头处理（林小雨）',
          dueAt: '2026-11-24T16:00:00Z',
          createdAt: '2026-11-24T16:05:00Z',
          read: true,
          escalation: { id: 'esc_1' },
        },
      },
    ],
  },
};

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

function answer(document: unknown) {
  if (document === MyTasksDocument) return Promise.resolve(tasks);
  if (document === NotificationsDocument) return Promise.resolve(notifications);
  if (document === MarkNotificationReadDocument)
    return Promise.resolve({
      markNotificationRead: { notification: { id: 'ntf_1', read: true }, errors: [] },
    });
  return Promise.reject(new Error('unexpected document'));
}

describe('MyTasksPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockImplementation(answer as typeof request);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('groups the tasks into overdue, today, this week and later, soonest first', async () => {
    renderWithProviders(withViewer(['HOMEROOM_TEACHER'], <MyTasksPage />));
    const overdue = await screen.findByTestId('task-group-overdue', {}, { timeout: 5000 });
    expect(within(overdue).getByText('立即家访：病假 3 天')).toBeInTheDocument();
    expect(within(overdue).getByTestId('task-due')).toHaveTextContent('截止：2026-11-25 16:00');
    expect(within(screen.getByTestId('task-group-today')).getByText('跟进：电话回访')).toBeInTheDocument();
    expect(within(screen.getByTestId('task-group-week')).getByText('跟进：检查作业')).toBeInTheDocument();
    expect(within(screen.getByTestId('task-group-later')).getByText('重点学生寒假家访')).toBeInTheDocument();
    expect(screen.getByText('共 4 项未完成')).toBeInTheDocument();
    expect(requestMock).toHaveBeenCalledWith(MyTasksDocument, { first: 50 });
  });

  it('records the contact that satisfies a task in one click: the student page with the drawer open', async () => {
    renderWithProviders(
      withViewer(
        ['HOMEROOM_TEACHER'],
        <Routes>
          <Route path="/" element={<MyTasksPage />} />
          <Route path="/students/:id" element={<Where />} />
        </Routes>,
      ),
    );
    const overdue = await screen.findByTestId('task-group-overdue', {}, { timeout: 5000 });
    await userEvent.click(within(overdue).getByTestId('task-record'));
    expect(await screen.findByTestId('location')).toHaveTextContent(
      '/students/stu_1?record=1&kind=IMMEDIATE&answers=inc_1&task=1',
    );
  });

  it('shows the notifications and marks one read', async () => {
    renderWithProviders(withViewer(['HOMEROOM_TEACHER'], <MyTasksPage />));
    const card = await screen.findByTestId('notifications', {}, { timeout: 5000 });
    expect(await within(card).findByText('已逾期：立即家访：病假 3 天')).toBeInTheDocument();
    // An overdue escalation step links to the escalation.
    expect(within(card).getByTestId('notification-escalation')).toHaveAttribute('href', '/escalations/esc_1');
    await userEvent.click(within(card).getByRole('button', { name: '标为已读' }));
    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(MarkNotificationReadDocument, { input: { id: 'ntf_1' } }),
    );
  });

  it('marks paperwork done with a note, where no contact could satisfy it', async () => {
    const file = {
      ...task('5', 'ONBOARDING_FILE', 'OPEN', '2026-11-26T15:59:59Z', '接收新生档案（签约后 2 个工作日内）'),
      completedByHand: true,
    };
    const call = task('6', 'ONBOARDING_PARENT_CALL', 'OPEN', '2026-11-27T15:59:59Z', '接档后给家长打电话');
    const tutoring: MyTasksQuery = {
      myTasks: {
        totalCount: 2,
        edges: [{ node: file }, { node: call }],
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    };
    requestMock.mockImplementation(((document: unknown) => {
      if (document === MyTasksDocument) return Promise.resolve(tutoring);
      if (document === CompleteObligationDocument)
        return Promise.resolve({
          completeObligation: {
            obligation: {
              id: '5',
              state: 'DONE',
              doneAt: '2026-11-26T02:00:00Z',
              completion: { note: '已接收', at: '2026-11-26T02:00:00Z' },
            },
            errors: [],
          },
        });
      return answer(document);
    }) as typeof request);
    renderWithProviders(withViewer(['LEARNING_MANAGER'], <MyTasksPage />));
    const today = await screen.findByTestId('task-group-today', {}, { timeout: 5000 });
    expect(within(today).getByText('接档')).toBeInTheDocument();
    expect(within(today).queryByTestId('task-record')).not.toBeInTheDocument();
    const week = screen.getByTestId('task-group-week');
    expect(within(week).getByText('接档电话')).toBeInTheDocument();
    expect(within(week).queryByTestId('task-complete')).not.toBeInTheDocument();

    await userEvent.click(within(today).getByTestId('task-complete'));
    const submit = await screen.findByTestId('complete-task-submit', {}, { timeout: 5000 });
    expect(screen.getByTestId('complete-task-title')).toHaveTextContent(
      '接收新生档案（签约后 2 个工作日内）',
    );
    await userEvent.click(submit);
    expect(await screen.findByText('请填写完成说明。')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(CompleteObligationDocument, expect.anything());

    await userEvent.type(screen.getByTestId('complete-task-note'), ' 已接收学生资料和签约合同 ');
    await userEvent.click(submit);
    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(CompleteObligationDocument, {
        input: { obligationId: '5', note: '已接收学生资料和签约合同', idempotencyKey: expect.any(String) },
      }),
    );
    expect(await screen.findByText('已标记完成。')).toBeInTheDocument();
    await waitFor(() =>
      expect(requestMock.mock.calls.filter(([document]) => document === MyTasksDocument)).toHaveLength(2),
    );
  });

  it('says so when there is nothing to do', async () => {
    requestMock.mockImplementation(((document: unknown) =>
      document === MyTasksDocument
        ? Promise.resolve({
            myTasks: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
          })
        : answer(document)) as typeof request);
    renderWithProviders(withViewer(['SUBJECT_TEACHER'], <MyTasksPage />));
    expect(await screen.findByTestId('tasks-empty', {}, { timeout: 5000 })).toHaveTextContent(
      '目前没有待办任务。',
    );
  });
});
