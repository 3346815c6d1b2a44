import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import {
  ComplianceCalendarDocument,
  ComplianceNotVisitedDocument,
  ComplianceReportDocument,
  ComplianceTrendDocument,
  OverseenTasksDocument,
  WaiveObligationDocument,
  type ComplianceCalendarQuery,
  type ComplianceReportQuery,
} from '../../../gql/graphql';
import { downloadBlob } from '../../../lib/download';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import type * as CsvModule from '../csv';
import { downloadCsv } from '../csv';
import ComplianceDashboardPage from './ComplianceDashboardPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
// ECharts draws on a canvas jsdom lacks: the charts are checked by what they are given.
vi.mock('./ComplianceCharts', () => ({
  TeacherChart: ({ teachers }: { teachers: { teacher: { displayName: string } }[] }) => (
    <div data-testid="teacher-chart">{teachers.map((row) => row.teacher.displayName).join(',')}</div>
  ),
  TrendChart: ({ trend }: { trend: { month: string }[] }) => (
    <div data-testid="trend-chart">{trend.map((month) => month.month).join(',')}</div>
  ),
}));
vi.mock('../../../lib/download', () => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));
vi.mock('../csv', async (original) => ({
  ...(await original<typeof CsvModule>()),
  downloadCsv: vi.fn(),
}));
const requestMock = vi.mocked(request);

const options: ComplianceCalendarQuery = {
  schoolCalendar: {
    schoolYears: [
      {
        startYear: 2025,
        terms: [{ name: '第一学期' }, { name: '第二学期' }],
        winterBreak: { start: '2026-01-17' },
        summerBreak: { start: '2026-07-04' },
      },
    ],
  },
  viewer: {
    id: 'stf_principal',
    roles: ['PRINCIPAL'],
    school: { id: 'sch_demo' },
    classes: [
      { id: 'cls_1_1', name: '一年级1班', grade: 1, homeroomTeacher: { id: 'stf_homeroom' } },
      { id: 'cls_2_1', name: '二年级1班', grade: 2, homeroomTeacher: null },
    ],
  },
};

const report: ComplianceReportQuery = {
  complianceReport: {
    period: { kind: 'MONTH', label: '2026-03', from: '2026-03-01', to: '2026-03-31', schoolYear: 2025 },
    policy: { version: 1, effectiveFrom: '2025-09-01', basedOn: 'PRIMARY' },
    teachers: [
      {
        teacher: { id: 'stf_homeroom', displayName: '陈老师' },
        role: 'HOMEROOM',
        familiesContacted: 9,
        contacts: 11,
        contactQuota: 8,
        contactPercent: 112.5,
        contactsBelowQuota: false,
        homeVisits: 9,
        homeVisitQuota: 10,
        homeVisitPercent: 90,
        homeVisitsBelowQuota: true,
        overdueObligations: 1,
      },
      {
        teacher: { id: 'stf_subject', displayName: '刘老师' },
        role: 'SUBJECT',
        familiesContacted: 8,
        contacts: 8,
        contactQuota: 8,
        contactPercent: 100,
        contactsBelowQuota: false,
        homeVisits: 3,
        homeVisitQuota: 3,
        homeVisitPercent: 100,
        homeVisitsBelowQuota: false,
        overdueObligations: 0,
      },
    ],
    classes: [
      {
        class: { id: 'cls_1_1', name: '一年级1班', grade: 1 },
        students: 4,
        visited: 2,
        coveragePercent: 50,
        everyStudentRequired: true,
        notVisitedStudentIds: ['stu_3', 'stu_4'],
        notVisited: {
          edges: [
            { node: { id: 'stu_3', name: '王小丽', studentNo: '003' } },
            { node: { id: 'stu_4', name: '赵小刚', studentNo: '004' } },
          ],
        },
        focusStudents: 1,
        focusWithExtraVisits: 0,
        focusVisitedInWinterBreak: 0,
        families: 4,
        faceToFaceFamilies: 2,
        faceToFacePercent: 50,
        faceToFaceQuotaPercent: null,
        faceToFaceBelowQuota: false,
        overdueObligations: 1,
        meetings: {
          term: { name: '第二学期', start: '2026-02-24', end: '2026-07-03' },
          countedTo: '2026-03-31',
          parentMeetings: { held: 1, quota: 2, percent: 50, shortAtTermEnd: false },
          committeeMeetings: { held: 0, quota: 1, percent: 0, shortAtTermEnd: true },
        },
      },
    ],
    immediateVisits: { total: 2, onTime: 1, late: 1, pending: 0, missed: 0, waived: 0, onTimePercent: 50 },
    overdueObligations: 1,
    trend: [
      { month: '2026-03', familiesContacted: 17, homeVisits: 12, contactQuota: 16, homeVisitQuota: 13 },
    ],
  },
};

const trend = {
  complianceReport: {
    trend: ['2025-09', '2025-10', '2025-11'].map((month) => ({
      month,
      familiesContacted: 10,
      homeVisits: 5,
      contactQuota: 16,
      homeVisitQuota: 13,
    })),
  },
};

const overseen = {
  obligations: {
    totalCount: 1,
    edges: [
      {
        node: {
          id: 'obl_1',
          rule: 'IMMEDIATE_VISIT',
          title: '立即家访：病假 3 天',
          state: 'OVERDUE',
          dueAt: '2026-11-25T08:00:00Z',
          owner: { id: 'stf_homeroom', displayName: '陈老师' },
          students: [{ id: 'stu_3', name: '王小丽' }],
          class: { id: 'cls_1_1', name: '一年级1班' },
        },
      },
    ],
  },
};

const notVisited = {
  complianceReport: {
    classes: [
      {
        class: { id: 'cls_1_1', name: '一年级1班' },
        notVisitedStudentIds: ['stu_3', 'stu_4'],
        notVisited: report.complianceReport.classes[0].notVisited,
      },
    ],
  },
};

const subjectTeacherOptions: ComplianceCalendarQuery = {
  ...options,
  viewer: { id: 'stf_subject', roles: ['SUBJECT_TEACHER'], school: { id: 'sch_demo' }, classes: [] },
};

async function workbookSheets(): Promise<string[]> {
  await waitFor(() => expect(downloadBlob).toHaveBeenCalled());
  const [blob, filename] = vi.mocked(downloadBlob).mock.calls[0];
  expect(filename).toBe('compliance-2026-03.xlsx');
  return (await readXlsxFile(blob)).map((sheet) => sheet.sheet);
}

describe('ComplianceDashboardPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
    vi.mocked(downloadBlob).mockReset();
    requestMock.mockImplementation(((document: unknown) => {
      if (document === ComplianceCalendarDocument) return Promise.resolve(options);
      if (document === ComplianceNotVisitedDocument) return Promise.resolve(notVisited);
      if (document === ComplianceReportDocument) return Promise.resolve(report);
      if (document === ComplianceTrendDocument) return Promise.resolve(trend);
      if (document === OverseenTasksDocument) return Promise.resolve(overseen);
      if (document === WaiveObligationDocument)
        return Promise.resolve({
          waiveObligation: { obligation: { id: 'obl_1', state: 'WAIVED' }, errors: [] },
        });
      return Promise.reject(new Error('unexpected document'));
    }) as typeof request);
  });

  it('shows teachers against their quotas, flags those below, and charts them', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    const table = await screen.findByTestId('teachers-table', {}, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('陈老师');
    expect(rows[0]).toHaveTextContent('9 / 10');
    expect(within(rows[0]).getByText('90%')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('刘老师');
    expect(await screen.findByTestId('teacher-chart')).toHaveTextContent('陈老师,刘老师');
    expect(await screen.findByTestId('trend-chart')).toHaveTextContent('2025-09,2025-10,2025-11');
    // The principal's default scope is the school, the period the current month.
    const [, variables] = requestMock.mock.calls.find((call) => call[0] === ComplianceReportDocument)!;
    expect((variables as { scope: unknown }).scope).toEqual({ schoolId: 'sch_demo' });
    // One of the two teachers is below a quota.
    expect(screen.getByText('/ 2')).toBeInTheDocument();
  });

  it('shows coverage per class and clicks through to the students not yet visited', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    const classes = await screen.findByTestId('classes-table', {}, { timeout: 5000 });
    expect(within(classes).getByText('已家访 2 / 4 人')).toBeInTheDocument();
    await userEvent.click(within(classes).getByRole('button', { name: /展开行|Expand row/ }));
    const notVisited = await screen.findByTestId('not-visited');
    expect(within(notVisited).getByRole('link', { name: '王小丽' })).toHaveAttribute(
      'href',
      '/students/stu_3',
    );
    expect(within(notVisited).getByRole('link', { name: '赵小刚' })).toHaveAttribute(
      'href',
      '/students/stu_4',
    );
  });

  it('exports the figures as CSV', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    await userEvent.click(await screen.findByTestId('export-csv', {}, { timeout: 5000 }));
    await waitFor(() => expect(downloadCsv).toHaveBeenCalled());
    const [csv, filename] = vi.mocked(downloadCsv).mock.calls[0];
    expect(filename).toBe('compliance-2026-03.csv');
    expect(csv).toContain('陈老师,班主任,9,8,112.5,9,10,90,是,1');
    expect(csv).toContain('一年级1班,4,2,50,1,0,50,1,1,2,0,1\r\n');
  });

  it('shows the parent and committee meetings of each class against the quota of the term', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    const classes = await screen.findByTestId('classes-table', {}, { timeout: 5000 });
    expect(within(classes).getByRole('columnheader', { name: '家长会' })).toBeInTheDocument();
    expect(within(classes).getByRole('columnheader', { name: '家委会' })).toBeInTheDocument();
    const figures = [...classes.querySelectorAll('[data-short]')].map((tag) => [
      tag.textContent,
      tag.getAttribute('data-short'),
    ]);
    // One parent meeting of two so far; no committee meeting, and that term ended: flagged.
    expect(figures).toEqual([
      ['1 / 2', 'false'],
      ['0 / 1', 'true'],
    ]);
  });

  it('exports an Excel workbook with the students not yet visited for the principal', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    await userEvent.click(await screen.findByTestId('export-xlsx', {}, { timeout: 5000 }));
    expect(await workbookSheets()).toEqual(['说明', '教师', '班级', '未家访学生']);
    expect(requestMock).toHaveBeenCalledWith(ComplianceNotVisitedDocument, {
      scope: { schoolId: 'sch_demo' },
      period: { month: expect.stringMatching(/^\d{4}-\d{2}$/) },
    });
  });

  it('exports no list of students for a subject teacher', async () => {
    requestMock.mockImplementation(((document: unknown) => {
      if (document === ComplianceCalendarDocument) return Promise.resolve(subjectTeacherOptions);
      if (document === ComplianceReportDocument) return Promise.resolve(report);
      if (document === ComplianceTrendDocument) return Promise.resolve(trend);
      return Promise.reject(new Error('unexpected document'));
    }) as typeof request);
    renderWithProviders(withViewer(['SUBJECT_TEACHER'], <ComplianceDashboardPage />));
    await userEvent.click(await screen.findByTestId('export-xlsx', {}, { timeout: 5000 }));
    expect(await workbookSheets()).toEqual(['说明', '教师', '班级']);
    expect(requestMock).not.toHaveBeenCalledWith(ComplianceNotVisitedDocument, expect.anything());
  });

  it('lets the principal waive an overdue task, only with a reason', async () => {
    renderWithProviders(withViewer(['PRINCIPAL'], <ComplianceDashboardPage />));
    const tasks = await screen.findByTestId('overseen-tasks', {}, { timeout: 5000 });
    expect(await within(tasks).findByText('立即家访：病假 3 天')).toBeInTheDocument();
    await userEvent.click(within(tasks).getByTestId('waive'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: '免 除' }));
    expect(await within(dialog).findByText('请填写免除原因')).toBeInTheDocument();
    expect(requestMock).not.toHaveBeenCalledWith(WaiveObligationDocument, expect.anything());
    await userEvent.type(within(dialog).getByLabelText('免除原因'), '学生已转学');
    await userEvent.click(within(dialog).getByRole('button', { name: '免 除' }));
    await waitFor(() =>
      expect(requestMock).toHaveBeenCalledWith(WaiveObligationDocument, {
        input: { id: 'obl_1', reason: '学生已转学', idempotencyKey: expect.any(String) },
      }),
    );
  });
});
