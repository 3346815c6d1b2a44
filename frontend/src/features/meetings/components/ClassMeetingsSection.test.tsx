import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ClassMeetingsDocument,
  LastCommitteeMeetingDocument,
  MeetingSettingsDocument,
  RecordMeetingDocument,
  type ClassMeetingsQuery,
  type MeetingFieldsFragment,
  type MeetingSettingsQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { ClassMeetingsSection } from './ClassMeetingsSection';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

// A term around today, and the one before it.
const settings: MeetingSettingsQuery = {
  schoolCalendar: {
    schoolYears: [
      {
        startYear: 2030,
        terms: [
          { name: '上学期', start: day(-200), end: day(-60) },
          { name: '本学期', start: day(-30), end: day(30) },
        ],
      },
    ],
  },
  policy: { rules: { meetings: { parentMeetingsPerTerm: 2, committeeMeetingsPerTerm: 1 } } },
};

const meeting = (id: string, kind: MeetingFieldsFragment['kind'], heldOn: string): MeetingFieldsFragment => ({
  id,
  kind,
  heldOn,
  topic: `会议 ${id}`,
  minutes: kind === 'PARENT_COMMITTEE' ? '到会家委 7 人。' : null,
  resolutions: kind === 'PARENT_COMMITTEE' ? ['11 月组织秋游'] : [],
  attendeeCount: 40,
  recordedAt: '2026-10-16T12:00:00Z',
  recordedBy: { id: 'stf_homeroom', displayName: '陈老师' },
});

function page(nodes: MeetingFieldsFragment[]): ClassMeetingsQuery {
  return {
    class: {
      id: 'cls_1_1',
      meetings: {
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ cursor: node.id, node })),
        pageInfo: { hasNextPage: false, endCursor: null },
      },
    },
  };
}

const thisTerm = [meeting('m2', 'PARENT_COMMITTEE', day(-5)), meeting('m1', 'PARENT_MEETING', day(-20))];
const all = [...thisTerm, meeting('m0', 'PARENT_MEETING', day(-100))];

describe('ClassMeetingsSection', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockImplementation(((document: unknown, variables?: { term?: unknown }) => {
      if (document === MeetingSettingsDocument) return Promise.resolve(settings);
      if (document === ClassMeetingsDocument) return Promise.resolve(page(variables?.term ? thisTerm : all));
      if (document === LastCommitteeMeetingDocument)
        return Promise.resolve({ class: { id: 'cls_1_1', meetings: { edges: [] } } });
      if (document === RecordMeetingDocument)
        return Promise.resolve({
          recordMeeting: { meeting: meeting('m3', 'PARENT_MEETING', day(0)), errors: [] },
        });
      return Promise.reject(new Error('unexpected document'));
    }) as typeof request);
  });

  it('lists the meetings of the current term once, with what the policy asks and what was held', async () => {
    renderWithProviders(
      withViewer(
        ['HOMEROOM_TEACHER'],
        <ClassMeetingsSection classId="cls_1_1" homeroomTeacherId="stf_test" />,
      ),
    );
    const section = await screen.findByTestId('class-meetings');
    await waitFor(() => expect(within(section).getAllByTestId('meeting')).toHaveLength(2));
    expect(within(section).getByTestId('meeting-rules')).toHaveTextContent('每学期家长会 2 次、家委会 1 次');
    expect(within(section).getByTestId('meetings-held')).toHaveTextContent(
      '本学期已开家长会 1 次、家委会 1 次',
    );
    expect(within(section).getAllByTestId('meeting')[0]).toHaveTextContent('11 月组织秋游');
    const loads = requestMock.mock.calls.filter((call) => call[0] === ClassMeetingsDocument);
    expect(loads).toHaveLength(1);
    expect(loads[0][1]).toMatchObject({ classId: 'cls_1_1', term: { schoolYear: 2030, number: 2 } });
  });

  it('says nothing about the policy until it has it', async () => {
    requestMock.mockImplementation(((document: unknown) =>
      document === MeetingSettingsDocument
        ? new Promise(() => {})
        : Promise.resolve(page(all))) as typeof request);
    renderWithProviders(
      withViewer(
        ['HOMEROOM_TEACHER'],
        <ClassMeetingsSection classId="cls_1_1" homeroomTeacherId="stf_test" />,
      ),
    );
    await screen.findByTestId('class-meetings');
    expect(screen.queryByTestId('meeting-rules')).not.toBeInTheDocument();
    expect(screen.queryByText('本校制度未规定每学期的会议次数。')).not.toBeInTheDocument();
  });

  it('lists every term on request', async () => {
    renderWithProviders(
      withViewer(
        ['SUBJECT_TEACHER'],
        <ClassMeetingsSection classId="cls_1_1" homeroomTeacherId="stf_other" />,
      ),
    );
    const section = await screen.findByTestId('class-meetings');
    await waitFor(() => expect(within(section).getAllByTestId('meeting')).toHaveLength(2));
    fireEvent.mouseDown(within(section).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('全部学期'));
    await waitFor(() => expect(within(section).getAllByTestId('meeting')).toHaveLength(3));
    expect(within(section).queryByTestId('meetings-held')).not.toBeInTheDocument();
  });

  it('offers the form to the homeroom teacher of the class only, and reloads the list after recording', async () => {
    const { unmount } = renderWithProviders(
      withViewer(
        ['SUBJECT_TEACHER'],
        <ClassMeetingsSection classId="cls_1_1" homeroomTeacherId="stf_other" />,
      ),
    );
    await screen.findAllByTestId('meeting');
    expect(screen.queryByTestId('record-meeting')).not.toBeInTheDocument();
    unmount();

    renderWithProviders(
      withViewer(
        ['HOMEROOM_TEACHER'],
        <ClassMeetingsSection classId="cls_1_1" homeroomTeacherId="stf_test" />,
      ),
    );
    await screen.findAllByTestId('meeting');
    const loads = () => requestMock.mock.calls.filter((call) => call[0] === ClassMeetingsDocument).length;
    const before = loads();
    await userEvent.click(screen.getByTestId('record-meeting'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('会议主题'), '期中家长会');
    await userEvent.click(within(dialog).getByTestId('meeting-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(loads()).toBe(before + 1));
  });
});
