import { Segmented } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceReportQuery } from '../../../gql/graphql';
import EChart, { type EChartOption } from './EChart';

type Report = ComplianceReportQuery['complianceReport'];
type Trend = Report['trend'];

interface TeacherChartProps {
  teachers: Report['teachers'];
  onTeacher?: (teacherId: string) => void;
}

/** Per teacher: home visits (or families contacted) against the quota, below-quota bars in red. */
export function TeacherChart({ teachers, onTeacher }: TeacherChartProps) {
  const { t } = useTranslation();
  const [metric, setMetric] = useState<'homeVisits' | 'families'>('homeVisits');
  const option = useMemo<EChartOption>(() => {
    const visits = metric === 'homeVisits';
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, bottom: 80, top: 36 },
      xAxis: {
        type: 'category',
        data: teachers.map((row) => row.teacher.displayName),
        axisLabel: { rotate: teachers.length > 8 ? 40 : 0, interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t(visits ? 'compliance.homeVisits' : 'compliance.families'),
          type: 'bar',
          data: teachers.map((row) => ({
            value: visits ? row.homeVisits : row.familiesContacted,
            itemStyle: {
              color: (visits ? row.homeVisitsBelowQuota : row.contactsBelowQuota) ? '#f5222d' : '#1677ff',
            },
          })),
        },
        {
          name: t(visits ? 'compliance.homeVisitQuota' : 'compliance.contactQuota'),
          type: 'bar',
          itemStyle: { color: '#d9d9d9' },
          data: teachers.map((row) => (visits ? row.homeVisitQuota : row.contactQuota) ?? 0),
        },
      ],
    };
  }, [teachers, metric, t]);
  return (
    <>
      <Segmented
        value={metric}
        onChange={(value) => setMetric(value as 'homeVisits' | 'families')}
        options={[
          { value: 'homeVisits', label: t('compliance.homeVisits') },
          { value: 'families', label: t('compliance.families') },
        ]}
      />
      <EChart
        option={option}
        testId="teacher-chart"
        onClick={(name) => {
          const row = teachers.find((teacher) => teacher.teacher.displayName === name);
          if (row) onTeacher?.(row.teacher.id);
        }}
      />
    </>
  );
}

/** Month by month, up to this month: families contacted and home visits against the quotas. */
export function TrendChart({ trend: all }: { trend: Trend }) {
  const { t } = useTranslation();
  const thisMonth = new Date().toISOString().slice(0, 7);
  const trend = useMemo(() => all.filter((month) => month.month <= thisMonth), [all, thisMonth]);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, bottom: 30, top: 36 },
      xAxis: { type: 'category', data: trend.map((month) => month.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('compliance.families'), type: 'line', data: trend.map((m) => m.familiesContacted) },
        {
          name: t('compliance.contactQuota'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: trend.map((m) => m.contactQuota ?? null),
        },
        { name: t('compliance.homeVisits'), type: 'line', data: trend.map((m) => m.homeVisits) },
        {
          name: t('compliance.homeVisitQuota'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: trend.map((m) => m.homeVisitQuota ?? null),
        },
      ],
    }),
    [trend, t],
  );
  return <EChart option={option} height={280} testId="trend-chart" />;
}
