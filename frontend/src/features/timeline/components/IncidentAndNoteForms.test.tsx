import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AddNoteDocument,
  RecordIncidentDocument,
  type AddNoteMutation,
  type RecordIncidentMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { AddNoteModal } from './AddNoteModal';
import { RecordIncidentModal } from './RecordIncidentModal';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const student = { id: 's1', name: '曹轩' };

describe('recording an incident and adding a note', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('records an illness absence with its days, for the siblings too', async () => {
    requestMock.mockResolvedValueOnce({
      recordIncident: { incident: { id: 'inc_1', occurredAt: '2026-11-20T01:00:00Z' }, errors: [] },
    } satisfies RecordIncidentMutation);
    const onRecorded = vi.fn();
    renderWithProviders(
      <RecordIncidentModal
        student={student}
        siblings={[{ id: 's2', name: '曹安语' }]}
        idempotencyKey="key-i"
        onClose={vi.fn()}
        onRecorded={onRecorded}
      />,
    );
    await userEvent.click(await screen.findByTestId('incident-submit'));
    expect(await screen.findByText('请填写事件类型')).toBeInTheDocument();
    expect(screen.getByText('请填写情况说明')).toBeInTheDocument();
    expect(screen.getByText('请填写报告人')).toBeInTheDocument();
    expect(screen.queryByLabelText('缺课天数')).not.toBeInTheDocument();

    fireEvent.mouseDown(screen.getAllByRole('combobox')[0]);
    fireEvent.click(await screen.findByTitle('病假'));
    await userEvent.type(await screen.findByLabelText('缺课天数'), '3');
    await userEvent.click(screen.getByRole('checkbox', { name: '曹安语' }));
    await userEvent.type(screen.getByLabelText('情况说明'), '发烧，在家休息');
    await userEvent.type(screen.getByLabelText('报告人'), '家长');
    await userEvent.click(screen.getByTestId('incident-submit'));

    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(RecordIncidentDocument, {
      input: {
        studentIds: ['s1', 's2'],
        kind: 'ILLNESS_ABSENCE',
        occurredAt: expect.any(String),
        description: '发烧，在家休息',
        reportedBy: '家长',
        days: 3,
        idempotencyKey: 'key-i',
      },
    });
  });

  it('flags an incident that needs the school, with the matter required', async () => {
    requestMock.mockResolvedValueOnce({
      recordIncident: { incident: { id: 'inc_2', occurredAt: '2026-11-20T01:00:00Z' }, errors: [] },
    } satisfies RecordIncidentMutation);
    const onRecorded = vi.fn();
    renderWithProviders(
      <RecordIncidentModal
        student={student}
        siblings={[]}
        idempotencyKey="key-s"
        onClose={vi.fn()}
        onRecorded={onRecorded}
      />,
    );
    fireEvent.mouseDown((await screen.findAllByRole('combobox'))[0]);
    fireEvent.click(await screen.findByTitle('严重违纪'));
    await userEvent.type(screen.getByLabelText('情况说明'), '课间与同学发生冲突');
    await userEvent.type(screen.getByLabelText('报告人'), '班主任');
    await userEvent.click(screen.getByTestId('incident-needs-school'));
    await userEvent.click(screen.getByTestId('incident-submit'));
    expect(await screen.findByText('请填写需学校处理的事项')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();

    await userEvent.type(screen.getByLabelText('需学校处理的事项'), '涉及校园欺凌，需德育处介入');
    await userEvent.click(screen.getByTestId('incident-submit'));
    await waitFor(() => expect(onRecorded).toHaveBeenCalled());
    expect(requestMock).toHaveBeenCalledWith(RecordIncidentDocument, {
      input: expect.objectContaining({
        kind: 'DISCIPLINE',
        needsSchool: true,
        schoolMatter: '涉及校园欺凌，需德育处介入',
      }),
    });
  });

  it('adds a note and shows the server refusing it', async () => {
    requestMock.mockResolvedValueOnce({
      addNote: {
        note: null,
        errors: [{ code: 'TOO_LONG', field: ['input', 'text'], message: '观察记录最多 2000 字。' }],
      },
    } satisfies AddNoteMutation);
    const onAdded = vi.fn();
    renderWithProviders(
      <AddNoteModal student={student} idempotencyKey="key-n" onClose={vi.fn()} onAdded={onAdded} />,
    );
    await userEvent.type(await screen.findByLabelText('观察内容'), '课堂上主动举手 3 次');
    await userEvent.click(screen.getByTestId('note-submit'));
    expect(await screen.findByText('观察记录最多 2000 字。')).toBeInTheDocument();
    expect(onAdded).not.toHaveBeenCalled();
    expect(requestMock).toHaveBeenCalledWith(AddNoteDocument, {
      input: {
        studentId: 's1',
        occurredAt: expect.any(String),
        text: '课堂上主动举手 3 次',
        idempotencyKey: 'key-n',
      },
    });
  });
});
