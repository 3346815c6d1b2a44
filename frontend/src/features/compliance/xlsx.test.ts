import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import type { ComplianceReportQuery } from '../../gql/graphql';
import i18n from '../../lib/i18n';
import './i18n';
import { mayListNotVisited, reportToXlsx, type NotVisitedClasses } from './xlsx';

const t = i18n.getFixedT('zh-CN');

const report = {
  period: {
    kind: 'TERM',
    label: '2025–2026 第二学期',
    from: '2026-02-24',
    to: '2026-07-03',
    schoolYear: 2025,
  },
  policy: { version: 1, effectiveFrom: '2025-09-01', basedOn: 'PRIMARY' },
  teachers: [
    {
      teacher: { id: 'stf_homeroom', displayName: '陈老师' },
      role: 'HOMEROOM',
      familiesContacted: 30,
      contacts: 41,
      contactQuota: 36,
      contactPercent: 83.3,
      contactsBelowQuota: true,
      homeVisits: 45,
      homeVisitQuota: 45,
      homeVisitPercent: 100,
      homeVisitsBelowQuota: false,
      overdueObligations: 2,
    },
    {
      teacher: { id: 'stf_subject', displayName: '刘老师' },
      role: 'SUBJECT',
      familiesContacted: 36,
      contacts: 36,
      contactQuota: null,
      contactPercent: null,
      contactsBelowQuota: false,
      homeVisits: 14,
      homeVisitQuota: null,
      homeVisitPercent: null,
      homeVisitsBelowQuota: false,
      overdueObligations: 0,
    },
  ],
  classes: [
    {
      class: { id: 'cls_1_2', name: '一年级2班', grade: 1 },
      students: 3,
      visited: 1,
      coveragePercent: 33.3,
      everyStudentRequired: true,
      notVisitedStudentIds: ['stu_2', 'stu_3'],
      notVisited: { edges: [] },
      focusStudents: 0,
      focusWithExtraVisits: 0,
      focusVisitedInWinterBreak: 0,
      families: 3,
      faceToFaceFamilies: 1,
      faceToFacePercent: 33.3,
      faceToFaceQuotaPercent: null,
      faceToFaceBelowQuota: false,
      overdueObligations: 1,
      meetings: {
        term: { name: '第二学期', start: '2026-02-24', end: '2026-07-03' },
        countedTo: '2026-07-03',
        parentMeetings: { held: 1, quota: 2, percent: 50, shortAtTermEnd: true },
        committeeMeetings: { held: 0, quota: 1, percent: 0, shortAtTermEnd: true },
      },
    },
  ],
  immediateVisits: { total: 0, onTime: 0, late: 0, pending: 0, missed: 0, waived: 0, onTimePercent: null },
  overdueObligations: 3,
  trend: [],
} satisfies ComplianceReportQuery['complianceReport'];

const notVisited: NotVisitedClasses = [
  {
    class: { id: 'cls_1_2', name: '一年级2班' },
    notVisitedStudentIds: ['stu_2', 'stu_3', 'stu_4'],
    notVisited: {
      edges: [
        { node: { id: 'stu_2', name: '王小丽', studentNo: '002' } },
        { node: { id: 'stu_3', name: '赵小刚', studentNo: '003' } },
      ],
    },
  },
];

async function readBack(blob: Blob) {
  const sheets = await readXlsxFile(blob);
  return Object.fromEntries(sheets.map((sheet) => [sheet.sheet, sheet.data]));
}

describe('reportToXlsx', () => {
  it('writes teachers against their quotas, classes with their meetings, and the students not yet visited', async () => {
    const sheets = await readBack(await reportToXlsx(report, notVisited, t));
    expect(Object.keys(sheets)).toEqual(['说明', '教师', '班级', '未家访学生']);

    expect(sheets['说明'][0]).toEqual(['统计期间', '2025–2026 第二学期']);
    expect(sheets['说明'][2]).toEqual(['制度版本', '第 1 版（2025-09-01 起）']);

    expect(sheets['教师'][0]).toEqual([
      '教师',
      '角色',
      '联系家庭数',
      '联系家庭指标',
      '联系完成率 %',
      '家访次数',
      '家访指标',
      '家访完成率 %',
      '未达标',
      '逾期任务',
    ]);
    expect(sheets['教师'][1]).toEqual(['陈老师', '班主任', 30, 36, 83.3, 45, 45, 100, '是', 2]);
    // No quota: empty cells, not zeros.
    expect(sheets['教师'][2]).toEqual(['刘老师', '任课教师', 36, null, null, 14, null, null, null, 0]);

    expect(sheets['班级'][0]).toEqual([
      '班级',
      '学生数',
      '已家访',
      '家访覆盖率 %',
      '重点学生',
      '重点学生加访达标',
      '面对面联系家庭占比 %',
      '逾期任务',
      '会议统计学期',
      '家长会（次）',
      '家长会指标',
      '家委会（次）',
      '家委会指标',
      '会议未达标',
    ]);
    expect(sheets['班级'][1]).toEqual(['一年级2班', 3, 1, 33.3, 0, 0, 33.3, 1, '第二学期', 1, 2, 0, 1, '是']);

    expect(sheets['未家访学生']).toEqual([
      ['班级', '学号', '姓名'],
      ['一年级2班', '002', '王小丽'],
      ['一年级2班', '003', '赵小刚'],
      ['一年级2班', null, '另有 1 人未列出'],
    ]);
  });

  it('leaves the not-visited sheet out when there is no list to give', async () => {
    const sheets = await readBack(await reportToXlsx(report, null, t));
    expect(Object.keys(sheets)).toEqual(['说明', '教师', '班级']);
  });
});

describe('mayListNotVisited', () => {
  it('is for those who work with the families of a class, not for subject teachers or analysts', () => {
    expect(mayListNotVisited(['PRINCIPAL'])).toBe(true);
    expect(mayListNotVisited(['MORAL_EDUCATION'])).toBe(true);
    expect(mayListNotVisited(['GRADE_LEADER'])).toBe(true);
    expect(mayListNotVisited(['HOMEROOM_TEACHER'])).toBe(true);
    expect(mayListNotVisited(['SUBJECT_TEACHER'])).toBe(false);
    expect(mayListNotVisited(['ANALYST'])).toBe(false);
  });
});
