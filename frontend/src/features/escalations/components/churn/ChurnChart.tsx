import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import EChart, { type EChartOption } from '../../../compliance/components/EChart';
import { countOf, groupLabel, reasonsShown, type ChurnReport } from '../../churn';

/** Above this many groups the bars show the totals only (stacks would be unreadable). */
const MAX_STACKED_GROUPS = 8;

/**
 * Reason counts as horizontal bars (long Chinese labels read better on the side), stacked
 * per group so that both the total and who contributed show. Loaded with ECharts on demand.
 */
export default function ChurnChart({ report, byManager }: { report: ChurnReport; byManager: boolean }) {
  const { t } = useTranslation();
  const option = useMemo<EChartOption>(() => {
    const reasons = [...reasonsShown(report)].reverse();
    const stacked = report.groups.length > 1 && report.groups.length <= MAX_STACKED_GROUPS;
    const series = stacked
      ? report.groups.map((group) => ({
          name: groupLabel(group, byManager, t),
          type: 'bar',
          stack: 'reasons',
          data: reasons.map((reason) => countOf(group.reasons, reason)),
        }))
      : [
          {
            name: t('escalation.churn.total'),
            type: 'bar',
            data: reasons.map((reason) => countOf(report.totals, reason)),
          },
        ];
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, bottom: 8, top: 36 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: reasons.map((reason) => t(`escalation.lossReason.${reason}`)),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series,
    };
  }, [report, byManager, t]);
  return (
    <EChart
      option={option}
      height={Math.max(240, 40 * reasonsShown(report).length + 60)}
      testId="churn-chart"
    />
  );
}
