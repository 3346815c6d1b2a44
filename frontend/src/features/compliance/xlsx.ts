import type { TFunction } from 'i18next';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { ComplianceNotVisitedQuery, ComplianceReportQuery, StaffRole } from '../../gql/graphql';

type Report = ComplianceReportQuery['complianceReport'];
export type NotVisitedClasses = ComplianceNotVisitedQuery['complianceReport']['classes'];
type Translate = TFunction;

/** One sheet of the workbook: its name, rows and column widths in characters. */
export interface WorkbookSheet {
  name: string;
  rows: SheetData;
  widths: number[];
  /** The first row holds column headers (kept in view while scrolling). */
  headerRow: boolean;
}

/**
 * Roles for whom the export lists the students not yet visited: those who work with a
 * class's families. The server withholds students outside the caller's scope anyway.
 */
const NOT_VISITED_ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
];

export function mayListNotVisited(roles: readonly StaffRole[]): boolean {
  return roles.some((role) => NOT_VISITED_ROLES.includes(role));
}

const header = (text: string) => ({ value: text, fontWeight: 'bold' as const });

/**
 * The report as sheets: about (period, policy), per teacher (contacts and home visits
 * against their quotas), per class (coverage and meetings against the term's quota), and
 * — when `notVisited` is given — the students not yet visited. Missing quotas stay empty
 * cells, percentages are numbers, so the sheets sort and sum in Excel.
 */
export function workbookSheets(
  report: Report,
  notVisited: NotVisitedClasses | null,
  t: Translate,
): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [
    {
      name: t('compliance.xlsx.aboutSheet'),
      rows: [
        [header(t('compliance.xlsx.period')), report.period.label],
        [header(t('compliance.xlsx.range')), `${report.period.from} – ${report.period.to}`],
        [
          header(t('compliance.xlsx.policy')),
          t('compliance.xlsx.policyValue', {
            version: report.policy.version,
            from: report.policy.effectiveFrom,
          }),
        ],
      ],
      widths: [16, 36],
      headerRow: false,
    },
    {
      name: t('compliance.xlsx.teachersSheet'),
      rows: [
        [
          t('compliance.teacher'),
          t('compliance.role'),
          t('compliance.families'),
          t('compliance.contactQuota'),
          t('compliance.contactPercent'),
          t('compliance.homeVisits'),
          t('compliance.homeVisitQuota'),
          t('compliance.homeVisitPercent'),
          t('compliance.belowQuota'),
          t('compliance.overdue'),
        ].map(header),
        ...report.teachers.map((row) => [
          row.teacher.displayName,
          t(`compliance.roles.${row.role}`),
          row.familiesContacted,
          row.contactQuota ?? null,
          row.contactPercent ?? null,
          row.homeVisits,
          row.homeVisitQuota ?? null,
          row.homeVisitPercent ?? null,
          row.contactsBelowQuota || row.homeVisitsBelowQuota ? t('compliance.csv.yes') : null,
          row.overdueObligations,
        ]),
      ],
      widths: [16, 10, 12, 12, 12, 10, 10, 12, 8, 10],
      headerRow: true,
    },
    {
      name: t('compliance.xlsx.classesSheet'),
      rows: [
        [
          t('compliance.class'),
          t('compliance.students'),
          t('compliance.visited'),
          t('compliance.xlsx.coveragePercent'),
          t('compliance.focusStudents'),
          t('compliance.focusExtra'),
          t('compliance.xlsx.faceToFacePercent'),
          t('compliance.overdue'),
          t('compliance.xlsx.meetingTerm'),
          t('compliance.xlsx.parentMeetings'),
          t('compliance.xlsx.parentMeetingQuota'),
          t('compliance.xlsx.committeeMeetings'),
          t('compliance.xlsx.committeeMeetingQuota'),
          t('compliance.xlsx.meetingsShort'),
        ].map(header),
        ...report.classes.map((row) => {
          const meetings = row.meetings;
          const short = meetings?.parentMeetings.shortAtTermEnd || meetings?.committeeMeetings.shortAtTermEnd;
          return [
            row.class.name,
            row.students,
            row.visited,
            row.coveragePercent,
            row.focusStudents,
            row.focusWithExtraVisits,
            row.faceToFacePercent,
            row.overdueObligations,
            meetings?.term.name ?? null,
            meetings?.parentMeetings.held ?? null,
            meetings?.parentMeetings.quota ?? null,
            meetings?.committeeMeetings.held ?? null,
            meetings?.committeeMeetings.quota ?? null,
            short ? t('compliance.csv.yes') : null,
          ];
        }),
      ],
      widths: [14, 8, 8, 12, 10, 14, 16, 10, 14, 12, 12, 12, 12, 10],
      headerRow: true,
    },
  ];
  if (notVisited) {
    const rows: SheetData = [
      [t('compliance.class'), t('compliance.xlsx.studentNo'), t('compliance.xlsx.name')].map(header),
    ];
    for (const row of notVisited) {
      const students = row.notVisited.edges.map((edge) => edge.node);
      for (const student of students) rows.push([row.class.name, student.studentNo, student.name]);
      const more = row.notVisitedStudentIds.length - students.length;
      if (more > 0) rows.push([row.class.name, null, t('compliance.xlsx.more', { count: more })]);
    }
    sheets.push({ name: t('compliance.xlsx.notVisitedSheet'), rows, widths: [14, 10, 12], headerRow: true });
  }
  return sheets;
}

/** The workbook as an .xlsx file. */
export function reportToXlsx(
  report: Report,
  notVisited: NotVisitedClasses | null,
  t: Translate,
): Promise<Blob> {
  return writeXlsxFile(
    workbookSheets(report, notVisited, t).map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows,
      columns: sheet.widths.map((width) => ({ width })),
      stickyRowsCount: sheet.headerRow ? 1 : 0,
    })),
  ).toBlob();
}
