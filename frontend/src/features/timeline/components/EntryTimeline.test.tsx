import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HouseholdTimelineDocument,
  StudentTimelineDocument,
  TimelineEntryDetailDocument,
  type HouseholdTimelineQuery,
  type StudentTimelineQuery,
  type TimelineEntryDetailQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import type { TimelineEntry } from '../hooks/useTimeline';
import { HouseholdTimeline } from './HouseholdTimeline';
import { StudentTimeline } from './StudentTimeline';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const author = { id: 'stf_chen', displayName: '陈老师' };

const contact = (id: string, overrides: Partial<Extract<TimelineEntry, { __typename: 'Contact' }>> = {}) =>
  ({
    __typename: 'Contact',
    id,
    occurredAt: '2026-11-19T11:00:00Z',
    recordedAt: '2026-11-19T12:00:00Z',
    author,
    retraction: null,
    form: 'HOME_VISIT',
    kind: 'ROUTINE',
    summary: `联系 ${id}`,
    version: 0,
    needsSchool: false,
    guardiansMet: [],
    students: [{ id: 's1', name: '曹轩' }],
    ...overrides,
  }) as TimelineEntry;

const incident = (id: string, answeredBy: { id: string; occurredAt: string } | null): TimelineEntry => ({
  __typename: 'Incident',
  id,
  occurredAt: '2026-11-18T01:00:00Z',
  recordedAt: '2026-11-18T02:00:00Z',
  author,
  retraction: null,
  incidentKind: 'ILLNESS_ABSENCE',
  description: '发烧请假',
  days: 3,
  reportedBy: '家长',
  incidentNeedsSchool: false,
  answeredBy,
});

const note = (id: string): TimelineEntry => ({
  __typename: 'Note',
  id,
  occurredAt: '2026-11-17T01:00:00Z',
  recordedAt: '2026-11-17T02:00:00Z',
  author,
  retraction: null,
  text: '课堂上主动举手 3 次',
});

const escalationUpdate = (id: string): TimelineEntry => ({
  __typename: 'EscalationUpdate',
  id,
  occurredAt: '2026-11-19T03:00:00Z',
  recordedAt: '2026-11-19T03:00:00Z',
  author: { id: 'stf_lm', displayName: '周老师（学管师）' },
  retraction: null,
  event: 'ADVANCED',
  stepName: '苗头处理',
  note: '保单',
  escalation: { id: 'esc_1', kind: 'RETENTION', state: 'OPEN' },
});

const studentPage = (entries: TimelineEntry[], hasNextPage = false, endCursor: string | null = null) =>
  ({
    student: {
      id: 's1',
      timeline: {
        edges: entries.map((node) => ({ cursor: `c-${node.id}`, node })),
        pageInfo: { hasNextPage, endCursor },
      },
    },
  }) satisfies StudentTimelineQuery;

/** A stand-in IntersectionObserver whose targets come into view on demand. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  private targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
    FakeObserver.instances = FakeObserver.instances.filter((o) => o !== this);
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  /** The list's end scrolls into view. */
  static show() {
    for (const observer of [...FakeObserver.instances]) {
      const entries = observer.targets.map((target) => ({ target, isIntersecting: true }));
      if (entries.length > 0)
        observer.callback(entries as unknown as IntersectionObserverEntry[], observer as never);
    }
  }
}

describe('EntryTimeline', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.instances = [];
  });

  it('renders a withdrawn entry struck through, with the reason', async () => {
    requestMock.mockResolvedValueOnce(
      studentPage([
        contact('c2'),
        contact('c1', {
          retraction: {
            at: '2026-11-20T02:00:00Z',
            reason: '记错了学生',
            by: { id: 'p', displayName: '张校长' },
          },
        }),
      ]),
    );
    renderWithProviders(<StudentTimeline studentId="s1" />);
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries[0]).not.toHaveAttribute('data-retracted');
    expect(entries[0].querySelector('del')).toBeNull();
    expect(entries[1]).toHaveAttribute('data-retracted', 'true');
    const struck = within(entries[1]).getByTestId('timeline-summary').querySelector('del');
    expect(struck).toHaveTextContent('联系 c1');
    expect(within(entries[1]).getByTestId('withdrawn-tag')).toHaveTextContent('已撤回');
    expect(within(entries[1]).getByTestId('withdrawn-reason')).toHaveTextContent(
      '撤回原因：记错了学生（张校长，2026-11-20 10:00）',
    );
    expect(screen.getAllByTestId('timeline-icon')[1]).toHaveStyle({ color: '#bfbfbf' });
  });

  it('renders incidents and notes as their own entry types, an answered incident linked to its contact', async () => {
    requestMock.mockResolvedValueOnce(
      studentPage([
        incident('inc_2', { id: 'con_9', occurredAt: '2026-11-18T05:00:00Z' }),
        incident('inc_1', null),
        note('note_1'),
      ]),
    );
    const onAnswer = vi.fn();
    renderWithProviders(<StudentTimeline studentId="s1" onAnswerIncident={onAnswer} />);
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((e) => e.getAttribute('data-type'))).toEqual(['Incident', 'Incident', 'Note']);
    expect(entries[0]).toHaveTextContent('病假');
    expect(entries[0]).toHaveTextContent('3 天');
    expect(entries[0]).toHaveTextContent('发烧请假');
    expect(entries[0]).toHaveTextContent('报告人：家长');
    expect(within(entries[0]).getByTestId('incident-answered')).toHaveTextContent('已回应');
    expect(within(entries[1]).getByTestId('incident-unanswered')).toHaveTextContent('未回应');
    expect(within(entries[0]).queryByTestId('answer-incident')).not.toBeInTheDocument();
    expect(entries[2]).toHaveTextContent('观察');
    expect(entries[2]).toHaveTextContent('课堂上主动举手 3 次');
    const icons = screen.getAllByTestId('timeline-icon');
    expect(icons[0]).toHaveAttribute('aria-label', '事件');
    expect(icons[2]).toHaveAttribute('aria-label', '观察');

    await userEvent.click(within(entries[1]).getByTestId('answer-incident'));
    expect(onAnswer).toHaveBeenCalledWith(expect.objectContaining({ id: 'inc_1' }));

    // "Answered" opens the contact that answered it.
    requestMock.mockResolvedValueOnce({ node: null } satisfies TimelineEntryDetailQuery);
    await userEvent.click(within(entries[0]).getByTestId('open-answer'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(TimelineEntryDetailDocument, { id: 'con_9' }),
    );
  });

  it('renders an escalation step with its icon, event and step, linked to the escalation', async () => {
    requestMock.mockResolvedValue(studentPage([escalationUpdate('eu_1')]));
    renderWithProviders(<StudentTimeline studentId="s1" />);
    const [entry] = await screen.findAllByTestId('timeline-entry');
    expect(entry).toHaveAttribute('data-type', 'EscalationUpdate');
    expect(entry).toHaveAttribute('data-event', 'ADVANCED');
    expect(screen.getByTestId('timeline-icon')).toHaveAttribute('aria-label', '升级事项');
    expect(within(entry).getByTestId('escalation-event')).toHaveTextContent('上报下一步');
    expect(entry).toHaveTextContent('保单挽留');
    expect(within(entry).getByTestId('timeline-summary')).toHaveTextContent('步骤：苗头处理 保单');
    expect(within(entry).getByTestId('open-escalation-entry')).toHaveAttribute('href', '/escalations/esc_1');
    expect(within(entry).queryByText('详情')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('timeline-filter-toggle'));
    fireEvent.mouseDown(within(screen.getByTestId('filter-types')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('升级事项'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
        id: 's1',
        first: 20,
        after: null,
        filter: { types: ['ESCALATION'] },
      }),
    );
  });

  it("opens the detail of the entry a link names (an escalation's source)", async () => {
    requestMock.mockImplementation(async (document) =>
      document === TimelineEntryDetailDocument ? { node: null } : studentPage([contact('con_7')]),
    );
    renderWithProviders(<StudentTimeline studentId="s1" initialEntryId="con_7" />);
    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(TimelineEntryDetailDocument, { id: 'con_7' }),
    );
  });

  it('narrows the timeline with the filters', async () => {
    requestMock.mockResolvedValue(studentPage([contact('c1')]));
    renderWithProviders(<StudentTimeline studentId="s1" />);
    await screen.findAllByTestId('timeline-entry');

    await userEvent.click(screen.getByTestId('timeline-filter-toggle'));
    fireEvent.mouseDown(within(screen.getByTestId('filter-types')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('事件'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
        id: 's1',
        first: 20,
        after: null,
        filter: { types: ['INCIDENT'] },
      }),
    );
    fireEvent.mouseDown(within(screen.getByTestId('filter-forms')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('上门家访'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
        id: 's1',
        first: 20,
        after: null,
        filter: { types: ['INCIDENT'], forms: ['HOME_VISIT'] },
      }),
    );
    expect(screen.getByTestId('timeline-filter-toggle')).toHaveTextContent('筛选（2）');

    requestMock.mockResolvedValue(studentPage([]));
    await userEvent.click(screen.getByTestId('timeline-filter-clear'));
    await waitFor(() =>
      expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
        id: 's1',
        first: 20,
        after: null,
        filter: null,
      }),
    );
    expect(await screen.findByText('还没有联系记录。')).toBeInTheDocument();
  });

  it('loads the next page when the end of the list comes into view', async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    requestMock
      .mockResolvedValueOnce(studentPage([contact('c9')], true, 'end-1'))
      .mockResolvedValueOnce(studentPage([contact('c8')], false, 'end-2'));
    renderWithProviders(<StudentTimeline studentId="s1" />);
    await screen.findAllByTestId('timeline-entry');
    expect(requestMock).toHaveBeenCalledTimes(1);

    act(() => FakeObserver.show());
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(2));
    expect(requestMock).toHaveBeenLastCalledWith(StudentTimelineDocument, {
      id: 's1',
      first: 20,
      after: 'end-1',
      filter: null,
    });
    // The last page is in: nothing more to observe, no button.
    act(() => FakeObserver.show());
    expect(requestMock).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: /加载更多/ })).not.toBeInTheDocument();
  });

  it("merges a household's timeline and names the children of each entry", async () => {
    requestMock.mockResolvedValueOnce({
      node: {
        __typename: 'Household',
        id: 'hh_1',
        timeline: {
          edges: [
            {
              cursor: 'c',
              node: contact('c1', {
                students: [
                  { id: 's1', name: '曹轩' },
                  { id: 's2', name: '曹安语' },
                ],
              }),
            },
          ],
          pageInfo: { hasNextPage: false, endCursor: 'c' },
        },
      },
    } satisfies HouseholdTimelineQuery);
    renderWithProviders(<HouseholdTimeline householdId="hh_1" />);
    const [entry] = await screen.findAllByTestId('timeline-entry');
    expect(entry).toHaveTextContent('涉及学生：曹轩、曹安语');
    expect(requestMock).toHaveBeenCalledWith(HouseholdTimelineDocument, {
      id: 'hh_1',
      first: 20,
      after: null,
      filter: null,
    });
  });

  it("opens an entry's detail with all fields and its amendment history", async () => {
    requestMock.mockResolvedValueOnce(studentPage([contact('con_1', { version: 1 })]));
    requestMock.mockResolvedValueOnce({
      node: {
        __typename: 'Contact',
        id: 'con_1',
        occurredAt: '2026-11-19T11:00:00Z',
        recordedAt: '2026-11-19T12:00:00Z',
        version: 1,
        form: 'HOME_VISIT',
        kind: 'FOCUS',
        summary: '家访了解学习环境',
        author,
        retraction: null,
        guardiansMet: [{ guardianId: 'g1', name: '曹彤', relation: 'FATHER' }],
        students: [{ id: 's1', name: '曹轩', class: { id: 'cls_1_1', name: '一年级1班' } }],
        place: '学生家中',
        durationMinutes: 90,
        otherParticipants: '心理老师',
        studentPresent: true,
        schoolReport: '上课专注',
        familyReport: '主动做家务',
        familySituationObserved: '三代同住',
        homeLearningGuidance: '固定作业时间',
        analysis: '习惯良好',
        countermeasure: '鼓励阅读',
        agreedMeasures: '每天阅读半小时',
        followUps: [{ action: '电话回访', owner: '陈老师', dueDate: '2026-12-04' }],
        needsSchool: true,
        schoolMatter: '校车安全',
        answersIncidentId: null,
        amendments: [
          {
            at: '2026-11-20T01:00:00Z',
            by: { id: 'stf_deyu', displayName: '李主任' },
            previous: [
              { field: 'kind', value: 'ROUTINE' },
              { field: 'analysis', value: null },
            ],
          },
        ],
      },
    } satisfies TimelineEntryDetailQuery);
    renderWithProviders(withViewer(['SUBJECT_TEACHER'], <StudentTimeline studentId="s1" />));
    await userEvent.click(await screen.findByText('联系 con_1'));

    const detail = await screen.findByTestId('contact-detail');
    expect(requestMock).toHaveBeenLastCalledWith(TimelineEntryDetailDocument, { id: 'con_1' });
    expect(within(detail).getByTestId('detail-time')).toHaveTextContent('2026-11-19 19:00–20:30 (90 分钟)');
    for (const text of [
      '上门家访',
      '重点',
      '学生家中',
      '曹轩（一年级1班）',
      '曹彤（父亲）',
      '在场',
      '心理老师',
      '上课专注',
      '主动做家务',
      '固定作业时间',
      '习惯良好',
      '鼓励阅读',
      '每天阅读半小时',
      '校车安全',
    ]) {
      expect(detail).toHaveTextContent(text);
    }
    expect(within(detail).getByTestId('detail-family-situation')).toHaveTextContent('三代同住');
    expect(within(detail).getByTestId('detail-follow-ups')).toHaveTextContent(
      '电话回访 — 陈老师 · 2026-12-04 前',
    );
    const [amendment] = screen.getAllByTestId('amendment');
    expect(amendment).toHaveTextContent('李主任 于 2026-11-20 09:00 修改');
    expect(amendment).toHaveTextContent('修改前的分类常规');
    expect(amendment).toHaveTextContent('修改前的分析（空）');
    // The subject teacher did not write it and sees no more than the school's: no amend, no withdraw.
    expect(screen.getByTestId('print-contact')).toBeInTheDocument();
    expect(screen.queryByTestId('amend-contact')).not.toBeInTheDocument();
    expect(screen.queryByTestId('withdraw-contact')).not.toBeInTheDocument();
  });
});
