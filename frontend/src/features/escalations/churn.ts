import type { TFunction as T } from 'i18next';
import type { ChurnReportQuery, LossReason } from '../../gql/graphql';
import { row } from '../compliance/csv';
import { LOSS_REASONS } from './lossReasons';

export type ChurnReport = ChurnReportQuery['churnReport'];
export type ChurnGroup = ChurnReport['groups'][number];

/** A group's name: the campus, or the learning manager ("no learning manager" for students without one). */
export function groupLabel(group: ChurnGroup, byManager: boolean, t: T): string {
  if (!byManager) return group.school.name;
  return group.learningManager?.displayName ?? t('escalation.churn.noManager');
}

/** The reasons that were tagged at all, most frequent first (the totals' order). */
export function reasonsShown(report: ChurnReport): LossReason[] {
  const counted = report.totals.filter((total) => total.count > 0).map((total) => total.reason);
  return counted.length > 0 ? counted : [...LOSS_REASONS];
}

export function countOf(reasons: ChurnGroup['reasons'], reason: LossReason): number {
  return reasons.find((entry) => entry.reason === reason)?.count ?? 0;
}

/**
 * The report as CSV, as the table shows it: a row per group and a total, a column per
 * reason, headers in the user's language, with a byte-order mark for Excel.
 */
export function churnToCsv(report: ChurnReport, byManager: boolean, t: T): string {
  const reasons = reasonsShown(report);
  const lines = [
    row([t('escalation.churn.csvPeriod'), report.period.start, report.period.end]),
    '',
    row([
      t('escalation.churn.campus'),
      ...(byManager ? [t('escalation.churn.learningManager')] : []),
      t('escalation.churn.escalations'),
      t('escalation.churn.kept'),
      t('escalation.churn.lost'),
      ...reasons.map((reason) => t(`escalation.lossReason.${reason}`)),
    ]),
  ];
  for (const group of report.groups) {
    lines.push(
      row([
        group.school.name,
        ...(byManager ? [groupLabel(group, true, t)] : []),
        group.escalations,
        group.familiesKept,
        group.familiesLost,
        ...reasons.map((reason) => countOf(group.reasons, reason)),
      ]),
    );
  }
  const sum = (pick: (group: ChurnGroup) => number) => report.groups.reduce((total, g) => total + pick(g), 0);
  lines.push(
    row([
      t('escalation.churn.total'),
      ...(byManager ? [''] : []),
      sum((g) => g.escalations),
      sum((g) => g.familiesKept),
      sum((g) => g.familiesLost),
      ...reasons.map((reason) => countOf(report.totals, reason)),
    ]),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
