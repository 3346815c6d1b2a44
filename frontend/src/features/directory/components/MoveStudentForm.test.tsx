import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MoveStudentDocument, type DirectoryStudentFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import '../i18n';
import { MoveStudentForm } from './MoveStudentForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const student: DirectoryStudentFieldsFragment = {
  id: 'stu_1',
  studentNo: '20260101',
  name: '李明',
  gender: 'MALE',
  dateOfBirth: null,
  status: 'ACTIVE',
  leftOn: null,
  version: 2,
  class: { id: 'cls_1_1', name: '一年级1班' },
};

const classes = [
  { id: 'cls_1_1', name: '一年级1班' },
  { id: 'cls_1_2', name: '一年级2班' },
];

describe('MoveStudentForm', () => {
  beforeEach(() => requestMock.mockReset());

  it('offers the other classes only and sends the class, today and the version read', async () => {
    requestMock.mockResolvedValue({
      moveStudent: { student: { ...student, version: 3, class: classes[1] }, errors: [] },
    });
    const onSaved = vi.fn();
    renderWithProviders(
      <MoveStudentForm
        student={student}
        classes={classes}
        idempotencyKey="key-2"
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    );
    await userEvent.click(screen.getByTestId('move-submit'));
    expect(await screen.findByText('请填写新班级')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();

    fireEvent.mouseDown(screen.getByRole('combobox'));
    expect(screen.queryByTitle('一年级1班')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByTitle('一年级2班'));
    await userEvent.click(screen.getByTestId('move-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(MoveStudentDocument, {
      input: {
        studentId: 'stu_1',
        expectedVersion: 2,
        classId: 'cls_1_2',
        on: dayjs().format('YYYY-MM-DD'),
        idempotencyKey: 'key-2',
      },
    });
  });

  it('shows why the server refused', async () => {
    requestMock.mockResolvedValue({
      moveStudent: {
        student: null,
        errors: [
          {
            code: 'IN_THE_FUTURE',
            field: ['input', 'on'],
            message: '生效日期不能晚于今天；请在当天再登记。',
          },
        ],
      },
    });
    renderWithProviders(
      <MoveStudentForm
        student={student}
        classes={classes}
        idempotencyKey="key-3"
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    fireEvent.mouseDown(screen.getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('一年级2班'));
    await userEvent.click(screen.getByTestId('move-submit'));
    expect(await screen.findByText('生效日期不能晚于今天；请在当天再登记。')).toBeInTheDocument();
  });
});
