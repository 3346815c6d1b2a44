import type { ComplianceReportQuery } from '../../gql/graphql';

type Report = ComplianceReportQuery['complianceReport'];

/** A CSV cell: quoted when it holds a comma, quote or line break. */
function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line from cells. */
export function row(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return values.map(cell).join(',');
}

/**
 * The report as CSV: one table of teachers and one of classes, headers in the user's
 * language (`t`), with a byte-order mark so that Excel reads the Chinese correctly.
 */
export function reportToCsv(report: Report, t: (key: string) => string): string {
  const lines: string[] = [];
  lines.push(row([t('compliance.csv.period'), report.period.label, report.period.from, report.period.to]));
  lines.push('');
  lines.push(
    row([
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
    ]),
  );
  for (const teacher of report.teachers) {
    lines.push(
      row([
        teacher.teacher.displayName,
        t(`compliance.roles.${teacher.role}`),
        teacher.familiesContacted,
        teacher.contactQuota,
        teacher.contactPercent,
        teacher.homeVisits,
        teacher.homeVisitQuota,
        teacher.homeVisitPercent,
        teacher.contactsBelowQuota || teacher.homeVisitsBelowQuota ? t('compliance.csv.yes') : '',
        teacher.overdueObligations,
      ]),
    );
  }
  lines.push('');
  lines.push(
    row([
      t('compliance.class'),
      t('compliance.students'),
      t('compliance.visited'),
      t('compliance.coverage'),
      t('compliance.focusStudents'),
      t('compliance.focusExtra'),
      t('compliance.faceToFace'),
      t('compliance.overdue'),
      t('compliance.xlsx.parentMeetings'),
      t('compliance.xlsx.parentMeetingQuota'),
      t('compliance.xlsx.committeeMeetings'),
      t('compliance.xlsx.committeeMeetingQuota'),
    ]),
  );
  for (const coverage of report.classes) {
    lines.push(
      row([
        coverage.class.name,
        coverage.students,
        coverage.visited,
        coverage.coveragePercent,
        coverage.focusStudents,
        coverage.focusWithExtraVisits,
        coverage.faceToFacePercent,
        coverage.overdueObligations,
        coverage.meetings?.parentMeetings.held,
        coverage.meetings?.parentMeetings.quota,
        coverage.meetings?.committeeMeetings.held,
        coverage.meetings?.committeeMeetings.quota,
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Offers the CSV as a download. */
export function downloadCsv(csv: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
