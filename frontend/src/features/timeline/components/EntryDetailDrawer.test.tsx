import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AmendContactDocument,
  RetractContactDocument,
  TimelineEntryDetailDocument,
  type AmendContactMutation,
  type RetractContactMutation,
  type TimelineEntryDetailQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import { EntryDetailDrawer } from './EntryDetailDrawer';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

type ContactNode = Extract<NonNullable<TimelineEntryDetailQuery['node']>, { __typename: 'Contact' }>;

const contact = (overrides: Partial<ContactNode> = {}): ContactNode => ({
  __typename: 'Contact',
  id: 'con_1',
  occurredAt: '2026-11-19T11:00:00Z',
  // Written an hour ago by the test viewer (stf_test): within the editable window.
  recordedAt: new Date(Date.now() - 3_600_000).toISOString(),
  version: 2,
  form: 'PHONE',
  kind: 'ROUTINE',
  summary: '电话沟通作业情况',
  author: { id: 'stf_test', displayName: '测试老师' },
  retraction: null,
  guardiansMet: [],
  students: [{ id: 's1', name: '曹轩', class: { id: 'cls_1_1', name: '一年级1班' } }],
  place: null,
  durationMinutes: null,
  otherParticipants: null,
  studentPresent: null,
  schoolReport: null,
  familyReport: null,
  familySituationObserved: null,
  homeLearningGuidance: null,
  analysis: null,
  countermeasure: null,
  agreedMeasures: null,
  followUps: [],
  needsSchool: false,
  schoolMatter: null,
  answersIncidentId: null,
  amendments: [],
  ...overrides,
});

const detail = (node: ContactNode): TimelineEntryDetailQuery => ({ node });

function renderDrawer(roles: Parameters<typeof withViewer>[0] = ['HOMEROOM_TEACHER']) {
  const onChanged = vi.fn();
  renderWithProviders(
    withViewer(
      roles,
      <EntryDetailDrawer entryId="con_1" onClose={vi.fn()} onOpenEntry={vi.fn()} onChanged={onChanged} />,
    ),
  );
  return { onChanged };
}

describe('EntryDetailDrawer', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('amends with the version read, and on CONFLICT says so and reloads the record', async () => {
    requestMock.mockImplementation(async (document) => {
      if (document === TimelineEntryDetailDocument) {
        // The second read finds the colleague's version.
        const reads = requestMock.mock.calls.filter(([d]) => d === TimelineEntryDetailDocument).length;
        return reads === 1 ? detail(contact()) : detail(contact({ version: 3, summary: '同事修改后的内容' }));
      }
      if (document === AmendContactDocument) {
        return {
          amendContact: {
            contact: null,
            errors: [
              {
                code: 'CONFLICT',
                field: ['input', 'expectedVersion'],
                message: '该记录已被他人修改，请刷新后再试。',
              },
            ],
          },
        } satisfies AmendContactMutation;
      }
      throw new Error('unexpected request');
    });
    const { onChanged } = renderDrawer();

    await userEvent.click(await screen.findByTestId('amend-contact'));
    const summary = await screen.findByLabelText('联系内容');
    expect(summary).toHaveValue('电话沟通作业情况');
    await userEvent.clear(summary);
    await userEvent.type(summary, '电话沟通作业和睡眠情况');
    await userEvent.click(screen.getByTestId('amend-submit'));

    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(AmendContactDocument, {
        input: {
          contactId: 'con_1',
          expectedVersion: 2,
          summary: '电话沟通作业和睡眠情况',
          idempotencyKey: expect.any(String),
        },
      }),
    );
    expect(await screen.findByTestId('amend-conflict')).toHaveTextContent('该记录已被他人修改');
    // Reloaded: the form now shows the colleague's version.
    await waitFor(() => expect(screen.getByLabelText('联系内容')).toHaveValue('同事修改后的内容'));
    expect(requestMock.mock.calls.filter(([d]) => d === TimelineEntryDetailDocument)).toHaveLength(2);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('amends and returns to the detail, telling the timeline to reload', async () => {
    requestMock
      .mockResolvedValueOnce(detail(contact()))
      .mockResolvedValueOnce({
        amendContact: { contact: contact({ version: 3, place: '学校会客室' }), errors: [] },
      } satisfies AmendContactMutation)
      .mockResolvedValueOnce(detail(contact({ version: 3, place: '学校会客室' })));
    const { onChanged } = renderDrawer();
    await userEvent.click(await screen.findByTestId('amend-contact'));
    await userEvent.type(await screen.findByLabelText('地点'), '学校会客室');
    await userEvent.click(screen.getByTestId('amend-submit'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(requestMock.mock.calls[1][1]).toEqual({
      input: {
        contactId: 'con_1',
        expectedVersion: 2,
        place: '学校会客室',
        idempotencyKey: expect.any(String),
      },
    });
    expect(await screen.findByTestId('contact-detail')).toHaveTextContent('学校会客室');
  });

  it('withdraws with a reason, and shows the server refusing', async () => {
    requestMock.mockResolvedValueOnce(detail(contact())).mockResolvedValueOnce({
      retractContact: {
        contact: null,
        errors: [
          {
            code: 'EDIT_WINDOW_CLOSED',
            field: ['input', 'contactId'],
            message: '记录已超过可修改期限（7 天），请联系德育处。',
          },
        ],
      },
    } satisfies RetractContactMutation);
    renderDrawer();
    await userEvent.click(await screen.findByTestId('withdraw-contact'));
    await screen.findByText('撤回联系记录');
    const dialog = screen.getAllByRole('dialog').find((d) => d.textContent?.includes('撤回联系记录'))!;
    await userEvent.click(within(dialog).getByTestId('withdraw-submit'));
    expect(await within(dialog).findByText('请填写撤回原因')).toBeInTheDocument();
    expect(requestMock).toHaveBeenCalledTimes(1);

    await userEvent.type(within(dialog).getByLabelText('撤回原因'), '记错了学生');
    await userEvent.click(within(dialog).getByTestId('withdraw-submit'));
    expect(await within(dialog).findByTestId('withdraw-alert')).toHaveTextContent(
      '记录已超过可修改期限（7 天），请联系德育处。',
    );
    expect(requestMock).toHaveBeenLastCalledWith(RetractContactDocument, {
      input: { contactId: 'con_1', reason: '记错了学生', idempotencyKey: expect.any(String) },
    });
  });

  it('offers no amend or withdraw to the author after 7 days', async () => {
    const old = new Date(Date.now() - 8 * 86_400_000).toISOString();
    requestMock.mockResolvedValue(detail(contact({ recordedAt: old })));
    renderDrawer(['HOMEROOM_TEACHER']);
    await screen.findByTestId('contact-detail');
    expect(screen.queryByTestId('amend-contact')).not.toBeInTheDocument();
    expect(screen.queryByTestId('withdraw-contact')).not.toBeInTheDocument();
  });

  it('shows a withdrawn record with its reason and offers no changes', async () => {
    requestMock.mockResolvedValue(
      detail(
        contact({
          retraction: {
            at: '2026-11-20T02:00:00Z',
            reason: '重复记录',
            by: { id: 'p', displayName: '张校长' },
          },
        }),
      ),
    );
    renderDrawer(['PRINCIPAL']);
    expect(await screen.findByTestId('detail-withdrawn')).toHaveTextContent('撤回原因：重复记录（张校长');
    expect(screen.queryByTestId('amend-contact')).not.toBeInTheDocument();
  });
});
