import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LastCommitteeMeetingDocument,
  RecordMeetingDocument,
  type MeetingFieldsFragment,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import '../i18n';
import { RecordMeetingForm, type RecordMeetingFormProps } from './RecordMeetingForm';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const recorded: MeetingFieldsFragment = {
  id: 'mtg_1',
  kind: 'PARENT_COMMITTEE',
  heldOn: dayjs().format('YYYY-MM-DD'),
  topic: '决议落实与六一活动',
  minutes: '秋游已完成。',
  resolutions: ['六一活动分四组负责'],
  attendeeCount: 7,
  recordedAt: '2026-04-17T12:00:00Z',
  recordedBy: { id: 'stf_homeroom', displayName: '陈老师' },
};

const lastCommittee = {
  class: {
    id: 'cls_1_1',
    meetings: {
      edges: [
        {
          node: {
            id: 'mtg_0',
            heldOn: '2025-10-17',
            topic: '秋游与图书角',
            resolutions: ['11 月组织秋游', '每个家庭捐书 1–2 本'],
          },
        },
      ],
    },
  },
};

function answer(recordResult: unknown = { recordMeeting: { meeting: recorded, errors: [] } }) {
  requestMock.mockImplementation(((document: unknown) => {
    if (document === LastCommitteeMeetingDocument) return Promise.resolve(lastCommittee);
    if (document === RecordMeetingDocument) return Promise.resolve(recordResult);
    return Promise.reject(new Error('unexpected document'));
  }) as typeof request);
}

function renderForm(overrides: Partial<RecordMeetingFormProps> = {}) {
  const props: RecordMeetingFormProps = {
    classId: 'cls_1_1',
    idempotencyKey: 'key-1',
    onRecorded: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  renderWithProviders(<RecordMeetingForm {...props} />);
  return props;
}

async function chooseKind(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(label));
}

const submit = () => userEvent.click(screen.getByTestId('meeting-submit'));
const sent = () =>
  requestMock.mock.calls.filter((call) => call[0] === RecordMeetingDocument) as unknown as [
    unknown,
    { input: Record<string, unknown> },
  ][];

describe('RecordMeetingForm', () => {
  beforeEach(() => {
    requestMock.mockReset();
    answer();
  });

  it('needs a topic, and for a committee meeting the minutes, before sending anything', async () => {
    renderForm();
    await submit();
    expect(await screen.findByText('请填写会议主题')).toBeInTheDocument();
    // A parent meeting needs no minutes.
    expect(screen.queryByText('家委会会议须填写会议纪要')).not.toBeInTheDocument();

    await chooseKind('家委会');
    await userEvent.type(screen.getByLabelText('会议主题'), '决议落实');
    await submit();
    expect(await screen.findByText('家委会会议须填写会议纪要')).toBeInTheDocument();
    expect(sent()).toHaveLength(0);
  });

  it('shows the resolutions of the last committee meeting when a committee meeting is recorded', async () => {
    renderForm();
    expect(screen.queryByTestId('previous-resolutions')).not.toBeInTheDocument();
    await chooseKind('家委会');
    const previous = await screen.findByTestId('previous-resolutions');
    expect(previous).toHaveTextContent('上次家委会（2025-10-17，秋游与图书角）的决议');
    expect(
      within(previous)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['11 月组织秋游', '每个家庭捐书 1–2 本']);
    expect(requestMock).toHaveBeenCalledWith(LastCommitteeMeetingDocument, { classId: 'cls_1_1' });
  });

  it('sends the class, kind, day, trimmed texts, the resolutions given and the idempotency key', async () => {
    const props = renderForm({ idempotencyKey: 'key-9' });
    await chooseKind('家委会');
    await userEvent.type(screen.getByLabelText('会议主题'), ' 决议落实与六一活动 ');
    await userEvent.type(screen.getByLabelText('会议纪要'), '秋游已完成。');
    await userEvent.type(screen.getByLabelText('到会人数'), '7');
    await userEvent.click(screen.getByRole('button', { name: /添加决议/ }));
    await userEvent.type(screen.getByLabelText('决议 1'), '六一活动分四组负责');
    await userEvent.click(screen.getByRole('button', { name: /添加决议/ }));
    await submit();

    await waitFor(() => expect(props.onRecorded).toHaveBeenCalledWith(recorded));
    expect(sent()).toHaveLength(1);
    expect(sent()[0][1].input).toEqual({
      classId: 'cls_1_1',
      kind: 'PARENT_COMMITTEE',
      heldOn: dayjs().format('YYYY-MM-DD'),
      topic: '决议落实与六一活动',
      minutes: '秋游已完成。',
      // The second, empty resolution is left out.
      resolutions: ['六一活动分四组负责'],
      attendeeCount: 7,
      idempotencyKey: 'key-9',
    });
  });

  it('shows what the server refused next to the field, and the rest above the form', async () => {
    answer({
      recordMeeting: {
        meeting: null,
        errors: [
          { code: 'IN_THE_FUTURE', field: ['input', 'heldOn'], message: '会议日期不能晚于今天。' },
          { code: 'NOT_ALLOWED', field: ['input', 'classId'], message: '只有本班班主任可以记录。' },
        ],
      },
    });
    const props = renderForm();
    await userEvent.type(screen.getByLabelText('会议主题'), '家长会');
    await submit();
    expect(await screen.findByText('会议日期不能晚于今天。')).toBeInTheDocument();
    expect(screen.getByTestId('meeting-form-alert')).toHaveTextContent('只有本班班主任可以记录。');
    expect(props.onRecorded).not.toHaveBeenCalled();
  });
});
