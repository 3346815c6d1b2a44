import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ContactsListDocument,
  MyClassesDocument,
  type ContactsListQuery,
  type MyClassesQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import type { ContactRow } from '../hooks/useContactsList';
import ContactsPage from './ContactsPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const classes: MyClassesQuery = {
  viewer: {
    id: 'stf_test',
    classes: [
      { id: 'cls_1_1', name: '一年级1班', grade: 1, homeroomTeacher: null },
      { id: 'cls_1_2', name: '一年级2班', grade: 1, homeroomTeacher: null },
    ],
  },
};

const row = (id: string, overrides: Partial<ContactRow> = {}): ContactRow => ({
  id,
  occurredAt: '2026-11-19T11:00:00Z',
  form: 'HOME_VISIT',
  kind: 'FOCUS',
  summary: `家访 ${id}`,
  needsSchool: false,
  author: { id: 'stf_chen', displayName: '陈老师' },
  retraction: null,
  students: [
    { id: 's1', name: '曹轩', class: { id: 'cls_1_1', name: '一年级1班' } },
    { id: 's2', name: '曹安语', class: { id: 'cls_1_2', name: '一年级2班' } },
  ],
  ...overrides,
});

const page = (rows: ContactRow[], hasNextPage: boolean, endCursor: string | null): ContactsListQuery => ({
  contacts: {
    edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor },
  },
});

function answer(pages: ContactsListQuery[]) {
  let next = 0;
  requestMock.mockImplementation(async (document) => {
    if (document === MyClassesDocument) return classes;
    if (document === ContactsListDocument) return pages[Math.min(next++, pages.length - 1)];
    throw new Error('unexpected request');
  });
}

describe('ContactsPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it("shows a grade's contacts to the grade leader and requests the next page", async () => {
    answer([
      page(
        [
          row('con_2', { needsSchool: true }),
          row('con_1', { summary: '撤回的记录', retraction: { at: '2026-11-20T01:00:00Z', reason: '重复' } }),
        ],
        true,
        'end-1',
      ),
      page([row('con_0', { form: 'PHONE', kind: 'ROUTINE' })], false, 'end-2'),
    ]);
    renderWithProviders(withViewer(['GRADE_LEADER'], <ContactsPage />));

    const table = await screen.findByTestId('contacts-table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(requestMock).toHaveBeenCalledWith(ContactsListDocument, {
      filter: { grade: 1 },
      first: 20,
      after: null,
    });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('2026-11-19 19:00');
    expect(first).toHaveTextContent('曹轩（一年级1班）');
    expect(first).toHaveTextContent('曹安语（一年级2班）');
    expect(first).toHaveTextContent('上门家访');
    expect(first).toHaveTextContent('重点');
    expect(first).toHaveTextContent('陈老师');
    expect(first).toHaveTextContent('家访 con_2');
    expect(within(first).getByTestId('needs-school-tag')).toHaveTextContent('需学校处理');
    expect(within(second).getByText('撤回的记录').tagName).toBe('DEL');
    expect(second).toHaveTextContent('已撤回：重复');

    await userEvent.click(screen.getByRole('button', { name: /加载更多/ }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(requestMock).toHaveBeenLastCalledWith(ContactsListDocument, {
      filter: { grade: 1 },
      first: 20,
      after: 'end-1',
    });
    expect(screen.getByText('已显示 3 条记录')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it('narrows to a class and to contacts that need the school', async () => {
    answer([page([], false, null)]);
    renderWithProviders(withViewer(['GRADE_LEADER'], <ContactsPage />));
    expect(await screen.findByText('没有符合条件的联系记录')).toBeInTheDocument();

    fireEvent.mouseDown(within(screen.getByTestId('contacts-scope')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('一年级2班'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(ContactsListDocument, {
        filter: { classId: 'cls_1_2' },
        first: 20,
        after: null,
      }),
    );
    await userEvent.click(screen.getByTestId('contacts-needs-school'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(ContactsListDocument, {
        filter: { classId: 'cls_1_2', needsSchool: true },
        first: 20,
        after: null,
      }),
    );
  });

  it('offers teachers their classes only, starting with the first', async () => {
    answer([page([], false, null)]);
    renderWithProviders(withViewer(['SUBJECT_TEACHER'], <ContactsPage />));
    await screen.findByText('没有符合条件的联系记录');
    expect(requestMock).toHaveBeenCalledWith(ContactsListDocument, {
      filter: { classId: 'cls_1_1' },
      first: 20,
      after: null,
    });
    fireEvent.mouseDown(within(screen.getByTestId('contacts-scope')).getByRole('combobox'));
    await screen.findByTitle('一年级2班');
    expect(screen.queryByTitle('1 年级')).not.toBeInTheDocument();
  });
});
