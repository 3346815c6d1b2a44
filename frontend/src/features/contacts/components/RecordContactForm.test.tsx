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
    // A focus contact carries an analysis and a countermeasure (the school's rule).
    await userEvent.type(screen.getByLabelText('分析'), '作业拖延与睡眠不足有关');
    await userEvent.type(screen.getByLabelText('对策'), '每周两次电话跟进');

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
      analysis: '作业拖延与睡眠不足有关',
      countermeasure: '每周两次电话跟进',
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
    await chooseForm('家长来访');
    await userEvent.type(screen.getByLabelText('联系内容'), '家长来访记录');
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

  it('marks analysis and countermeasure as required for home visits and focus or immediate contacts', async () => {
    renderForm();
    const asterisk = (field: string) =>
      document
        .querySelector(`label[for="record-contact_${field}"]`)!
        .classList.contains('ant-form-item-required');
    const both = () => [asterisk('analysis'), asterisk('countermeasure')];

    expect(both()).toEqual([false, false]);
    expect(screen.queryByTestId('policy-tag')).not.toBeInTheDocument();
    await chooseForm('上门家访');
    await waitFor(() => expect(both()).toEqual([true, true]));
    expect(screen.getByTestId('policy-tag')).toHaveTextContent('按规定必填');

    await chooseForm('电话');
    await waitFor(() => expect(both()).toEqual([false, false]));
    await userEvent.click(screen.getByText('立即'));
    await waitFor(() => expect(both()).toEqual([true, true]));
    await userEvent.click(screen.getByText('普访'));
    await waitFor(() => expect(both()).toEqual([false, false]));
    await userEvent.click(screen.getByText('重点'));
    await waitFor(() => expect(both()).toEqual([true, true]));
  });

  it('refuses a home visit without analysis and countermeasure before sending it', async () => {
    renderForm();
    await chooseForm('上门家访');
    await userEvent.type(screen.getByLabelText('联系内容'), '上门家访');
    await submit();
    expect(
      await screen.findByText('按学校规定，此类联系必须填写分析（有记录、有分析、有对策）'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('按学校规定，此类联系必须填写对策（有记录、有分析、有对策）'),
    ).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();
  });

  it("shows the server's REQUIRED_BY_POLICY next to the field and opens its section", async () => {
    requestMock.mockResolvedValueOnce(
      payload({
        contact: null,
        errors: [
          {
            code: 'REQUIRED_BY_POLICY',
            field: ['input', 'countermeasure'],
            message: '按学校规定，此类联系必须填写对策（有记录、有分析、有对策）。',
          },
        ],
      }),
    );
    renderForm();
    await chooseForm('家长来访');
    await userEvent.type(screen.getByLabelText('联系内容'), '家长来访');
    await submit();
    const message = await screen.findByText('按学校规定，此类联系必须填写对策（有记录、有分析、有对策）。');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('对策'));
    const section = screen.getByLabelText('对策').closest('.ant-collapse-item');
    expect(section).toHaveClass('ant-collapse-item-active');
    expect(screen.queryByTestId('record-alert')).not.toBeInTheDocument();
  });

  it('adds and removes follow-up rows and sends the ones kept, with the rest of the visit record', async () => {
    requestMock.mockResolvedValueOnce(recorded);
    const props = renderForm();
    await chooseForm('上门家访');
    await userEvent.type(screen.getByLabelText('地点'), '学生家中');
    await userEvent.type(screen.getByLabelText('时长'), '90');
    await userEvent.click(screen.getByText('在场'));
    await userEvent.type(screen.getByLabelText('其他参与人'), '心理老师');
    await userEvent.type(screen.getByLabelText('联系内容'), '了解孩子在家的学习情况');
    await userEvent.type(screen.getByLabelText('学校反馈'), '上课专注，作业按时');
    await userEvent.type(screen.getByLabelText('家长反馈'), '在家主动做家务');
    await userEvent.click(screen.getByRole('button', { name: /家庭情况/ }));
    await userEvent.type(screen.getByLabelText('观察到的家庭情况'), '三代同住，有独立书桌');
    await userEvent.type(screen.getByLabelText('分析'), '学习习惯良好');
    await userEvent.type(screen.getByLabelText('对策'), '继续鼓励阅读');

    await userEvent.click(screen.getByRole('button', { name: /措施与跟进/ }));
    await userEvent.type(screen.getByLabelText('与家长约定的措施'), '每天阅读半小时');
    await userEvent.click(screen.getByTestId('add-follow-up'));
    await userEvent.click(screen.getByTestId('add-follow-up'));
    await userEvent.click(screen.getByTestId('add-follow-up'));
    expect(screen.getAllByTestId('follow-up-row')).toHaveLength(3);
    await userEvent.type(screen.getByLabelText('第 1 项后续行动：做什么'), '删掉的一项');
    await userEvent.type(screen.getByLabelText('第 2 项后续行动：做什么'), '两周后电话回访');
    await userEvent.type(screen.getByLabelText('第 2 项后续行动：负责人'), '刘老师');
    await userEvent.type(screen.getByLabelText('第 2 项后续行动：完成日期'), '2026-12-04{enter}');
    await userEvent.type(screen.getByLabelText('第 3 项后续行动：做什么'), '推荐课外读物');
    await userEvent.type(screen.getByLabelText('第 3 项后续行动：负责人'), '家长');
    await userEvent.click(screen.getByRole('button', { name: '删除第 1 项后续行动' }));
    expect(screen.getAllByTestId('follow-up-row')).toHaveLength(2);
    expect(screen.getByLabelText('第 1 项后续行动：做什么')).toHaveValue('两周后电话回访');

    await submit();
    await waitFor(() => expect(props.onRecorded).toHaveBeenCalled());
    const input = (requestMock.mock.calls[0][1] as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({
      form: 'HOME_VISIT',
      place: '学生家中',
      durationMinutes: 90,
      studentPresent: true,
      otherParticipants: '心理老师',
      schoolReport: '上课专注，作业按时',
      familyReport: '在家主动做家务',
      familySituationObserved: '三代同住，有独立书桌',
      analysis: '学习习惯良好',
      countermeasure: '继续鼓励阅读',
      agreedMeasures: '每天阅读半小时',
    });
    expect(input.followUps).toEqual([
      { action: '两周后电话回访', owner: '刘老师', dueDate: '2026-12-04' },
      { action: '推荐课外读物', owner: '家长' },
    ]);
    expect(input).not.toHaveProperty('needsSchool');
  });

  it('asks what a follow-up is and who does it, and for the matter when the school is needed', async () => {
    requestMock.mockResolvedValueOnce(recorded);
    const props = renderForm();
    await chooseForm('电话');
    await userEvent.type(screen.getByLabelText('联系内容'), '电话');
    await userEvent.click(screen.getByRole('button', { name: /措施与跟进/ }));
    await userEvent.click(screen.getByTestId('add-follow-up'));
    await userEvent.click(screen.getByTestId('needs-school'));
    await submit();
    expect(await screen.findByText('请填写做什么')).toBeInTheDocument();
    expect(screen.getByText('请填写负责人')).toBeInTheDocument();
    expect(screen.getByText('请填写需学校处理的事项')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalled();

    await userEvent.click(screen.getByTestId('remove-follow-up'));
    await userEvent.type(screen.getByLabelText('需学校处理的事项'), '家长反映校车安全问题');
    await submit();
    await waitFor(() => expect(props.onRecorded).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toMatchObject({
      input: { needsSchool: true, schoolMatter: '家长反映校车安全问题' },
    });
    expect((requestMock.mock.calls[0][1] as { input: object }).input).not.toHaveProperty('followUps');
  });

  it('opens as an immediate contact that answers an incident', async () => {
    requestMock.mockResolvedValueOnce(recorded);
    renderForm({ answersIncident: { id: 'inc_1', label: '病假 2026-11-18' } });
    expect(screen.getByTestId('answers-incident')).toHaveTextContent('本次联系回应事件：病假 2026-11-18');
    expect(screen.getByRole('radio', { name: '立即' })).toBeChecked();
    await chooseForm('电话');
    await userEvent.type(screen.getByLabelText('联系内容'), '询问病情');
    await userEvent.type(screen.getByLabelText('分析'), '病情好转');
    await userEvent.type(screen.getByLabelText('对策'), '安排补课');
    await submit();
    await waitFor(() => expect(requestMock).toHaveBeenCalled());
    expect(requestMock.mock.calls[0][1]).toMatchObject({
      input: { kind: 'IMMEDIATE', answersIncidentId: 'inc_1' },
    });
  });
});
