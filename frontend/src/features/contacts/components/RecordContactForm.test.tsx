import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordContactDocument, type RecordContactMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { RecordContactForm, type RecordContactFormProps } from './RecordContactForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const payload = (recordContact: RecordContactMutation['recordContact']): RecordContactMutation => ({
  recordContact,
});
const recorded = payload({
  contact: { id: 'c1', occurredAt: '2026-11-20T10:00:00Z', form: 'PHONE', kind: 'ROUTINE' },
  errors: [],
});

function renderForm(overrides: Partial<RecordContactFormProps> = {}) {
  const props: RecordContactFormProps = {
    student: { id: 's1', name: '张小明' },
    guardians: [
      { id: 'g1', name: '李芳', relation: 'MOTHER' },
      { id: 'g2', name: '张伟', relation: 'FATHER' },
    ],
    siblings: [{ id: 's2', name: '张小红' }],
    idempotencyKey: 'key-1',
    onRecorded: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<RecordContactForm {...props} />);
  return props;
}

async function chooseForm(label: string) {
  const select = screen.getByRole('combobox');
  fireEvent.mouseDown(select);
  fireEvent.click(await screen.findByTitle(label));
}

const submit = () => userEvent.click(screen.getByTestId('record-submit'));

describe('RecordContactForm', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('offers every contact form with its Chinese label', async () => {
    renderForm();
    fireEvent.mouseDown(screen.getByRole('combobox'));
    for (const label of [
      '上门家访',
      '家长来访',
      '约访',
      '电话',
      '视频通话',
      '信件/邮件',
      '家长会',
      '班级群消息',
    ]) {
      expect(await screen.findByTitle(label)).toBeInTheDocument();
    }
  });

  it('requires a summary and a form before sending anything', async () => {
    renderForm();
    await submit();
    expect(await screen.findByText('请填写联系内容')).toBeInTheDocument();
    expect(screen.getByText('请填写联系形式')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('refuses a time in the future', async () => {
    // The form opens with "now"; let the clock run backwards so that "now" lies ahead.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T12:00:00+08:00'));
    renderForm();
    vi.setSystemTime(new Date('2026-11-20T09:00:00+08:00'));
    await chooseForm('电话');
    await userEvent.type(screen.getByLabelText('联系内容'), '电话沟通了近期学习情况');
    await submit();
    expect(await screen.findByText('联系时间不能晚于现在')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it('sends the chosen values with the idempotency key, once however often it is clicked', async () => {
    let answer: (value: RecordContactMutation) => void = () => {};
    requestMock.mockImplementation(() => new Promise((resolve) => (answer = resolve as typeof answer)));
    const props = renderForm();
    await chooseForm('电话');
    await userEvent.click(screen.getByText('重点'));
    await userEvent.click(screen.getByRole('checkbox', { name: '李芳（母亲）' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '张小红' }));
    await userEvent.type(screen.getByLabelText('联系内容'), '  电话沟通了近期学习情况  ');

    const button = screen.getByTestId('record-submit');
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(requestMock).toHaveBeenCalledTimes(1));
    fireEvent.click(button);

    const [document, variables] = requestMock.mock.calls[0] as unknown as [
      unknown,
      { input: Record<string, unknown> },
    ];
    expect(document).toBe(RecordContactDocument);
    expect(variables.input).toEqual({
      studentIds: ['s1', 's2'],
      form: 'PHONE',
      kind: 'FOCUS',
      occurredAt: expect.any(String),
      guardianIdsMet: ['g1'],
      summary: '电话沟通了近期学习情况',
      idempotencyKey: 'key-1',
    });
    const occurredAt = dayjs(variables.input.occurredAt as string);
    expect(Math.abs(occurredAt.diff(dayjs(), 'minute'))).toBeLessThan(5);

    answer(recorded);
    await waitFor(() => expect(props.onRecorded).toHaveBeenCalledWith(recorded.recordContact.contact));
    expect(requestMock).toHaveBeenCalledTimes(1);
  });

  it('records a contact for a student without siblings or guardians on record', async () => {
    requestMock.mockResolvedValueOnce(recorded);
    const props = renderForm({ guardians: [], siblings: [] });
    expect(screen.getByText('该家庭未登记家长')).toBeInTheDocument();
    await chooseForm('家长来访');
    await userEvent.type(screen.getByLabelText('联系内容'), '家长到校');
    await submit();
    await waitFor(() => expect(props.onRecorded).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toMatchObject({
      input: { studentIds: ['s1'], form: 'PARENT_VISIT', guardianIdsMet: [], summary: '家长到校' },
    });
  });

  it('shows UserErrors next to their field or above the form, and retries with the same key', async () => {
    requestMock.mockResolvedValueOnce(
      payload({
        contact: null,
        errors: [
          { code: 'TOO_OLD', field: ['input', 'occurredAt'], message: '联系时间超过一年，不能补记' },
          { code: 'NOT_ONE_HOUSEHOLD', field: ['input', 'studentIds'], message: '这些学生不属于同一个家庭' },
        ],
      }),
    );
    requestMock.mockResolvedValueOnce(recorded);
    const props = renderForm({ idempotencyKey: 'key-7' });
    await chooseForm('上门家访');
    await userEvent.type(screen.getByLabelText('联系内容'), '家访记录');
    await submit();

    expect(await screen.findByText('联系时间超过一年，不能补记')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('record-alert')).getByText('这些学生不属于同一个家庭'),
    ).toBeInTheDocument();
    expect(props.onRecorded).not.toHaveBeenCalled();

    await submit();
    await waitFor(() => expect(props.onRecorded).toHaveBeenCalled());
    const keys = requestMock.mock.calls.map(
      (call) => (call[1] as { input: { idempotencyKey: string } }).input.idempotencyKey,
    );
    expect(keys).toEqual(['key-7', 'key-7']);
  });

  it('shows a failed request as an alert and keeps the form', async () => {
    requestMock.mockRejectedValueOnce(new Error('HTTP 503'));
    renderForm();
    await chooseForm('电话');
    await userEvent.type(screen.getByLabelText('联系内容'), '电话');
    await submit();
    expect(await screen.findByTestId('record-alert')).toHaveTextContent('HTTP 503');
  });
});
