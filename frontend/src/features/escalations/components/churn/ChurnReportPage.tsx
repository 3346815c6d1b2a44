import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Segmented, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../../components/ErrorResult';
import { ForbiddenResult } from '../../../../components/ForbiddenResult';
import { PageSpinner } from '../../../../components/PageSpinner';
import { ChurnReportDocument, type ChurnGroupBy } from '../../../../gql/graphql';
import { request } from '../../../../lib/graphql/client';
import { isForbidden } from '../../../../lib/graphql/errors';
import { useQuery } from '../../../../lib/graphql/useQuery';
import { downloadCsv } from '../../../compliance/csv';
import { useViewer } from '../../../viewer/hooks/viewerContext';
import { mayReadChurnReport } from '../../../viewer/roles';
import { churnToCsv, countOf, groupLabel, reasonsShown, type ChurnGroup } from '../../churn';
import '../../i18n';

// ECharts is big: it loads with the chart, after the figures are on screen.
const ChurnChart = lazy(() => import('./ChurnChart'));

const DAY = 'YYYY-MM-DD';
type Range = [Dayjs, Dayjs];

/**
 * /escalations/churn: why families leave, over a period, per campus or per learning manager:
 * a bar chart of the reasons, the figures as a table, a CSV of the same.
 */
export default function ChurnReportPage() {
  const { t } = useTranslation();
  const allowed = mayReadChurnReport(useViewer()?.roles);
  const [range, setRange] = useState<Range>(() => [dayjs().subtract(89, 'day'), dayjs()]);
  const [groupBy, setGroupBy] = useState<ChurnGroupBy>('CAMPUS');
  if (!allowed)
    return <ForbiddenResult title={t('escalation.churn.title')} subTitle={t('escalation.churn.forbidden')} />;
  const today = dayjs();
  const presets: { label: string; value: Range }[] = [
    { label: t('escalation.churn.last30'), value: [today.subtract(29, 'day'), today] },
    { label: t('escalation.churn.last90'), value: [today.subtract(89, 'day'), today] },
    { label: t('escalation.churn.thisMonth'), value: [today.startOf('month'), today] },
    { label: t('escalation.churn.thisYear'), value: [today.startOf('year'), today] },
  ];
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('escalation.churn.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('escalation.churn.subtitle')}</Typography.Text>
      </div>
      <Flex wrap gap={8} align="center">
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          presets={presets}
          onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
          aria-label={t('escalation.churn.period')}
          data-testid="churn-period"
        />
        <Segmented<ChurnGroupBy>
          value={groupBy}
          onChange={setGroupBy}
          options={(['CAMPUS', 'LEARNING_MANAGER'] as const).map((value) => ({
            value,
            label: t(`escalation.churn.groupBy${value}`),
          }))}
          aria-label={t('escalation.churn.groupBy')}
          data-testid="churn-group-by"
        />
      </Flex>
      <ChurnReportView start={range[0].format(DAY)} end={range[1].format(DAY)} groupBy={groupBy} />
    </Flex>
  );
}

function ChurnReportView({ start, end, groupBy }: { start: string; end: string; groupBy: ChurnGroupBy }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(
    () => request(ChurnReportDocument, { period: { start, end }, groupBy }),
    `churn:${start}:${end}:${groupBy}`,
  );
  const report = data?.churnReport;
  const byManager = groupBy === 'LEARNING_MANAGER';

  if (loading && !report) return <PageSpinner />;
  if (error && isForbidden(error)) {
    return <ForbiddenResult title={t('escalation.churn.title')} subTitle={t('escalation.churn.forbidden')} />;
  }
  if (error) return <ErrorResult error={error} onRetry={refetch} />;
  if (!report) return null;
  if (report.groups.length === 0) return <Empty description={t('escalation.churn.empty')} />;

  const reasons = reasonsShown(report);
  const total = (pick: (group: ChurnGroup) => number) => report.groups.reduce((sum, g) => sum + pick(g), 0);
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={16} data-testid="churn-report">
        <Card size="small" title={t('escalation.churn.chart')}>
          <Suspense fallback={<PageSpinner />}>
            <ChurnChart report={report} byManager={byManager} />
          </Suspense>
        </Card>
        <Card
          size="small"
          title={t('escalation.churn.table')}
          extra={
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                downloadCsv(
                  churnToCsv(report, byManager, t),
                  `churn-${report.period.start}-${report.period.end}.csv`,
                )
              }
              data-testid="churn-csv"
            >
              {t('escalation.churn.exportCsv')}
            </Button>
          }
        >
          <Table<ChurnGroup>
            size="small"
            rowKey={(group) => `${group.school.id}:${group.learningManager?.id ?? ''}`}
            dataSource={report.groups}
            pagination={false}
            scroll={{ x: true }}
            data-testid="churn-table"
            columns={[
              {
                title: byManager ? t('escalation.churn.learningManager') : t('escalation.churn.campus'),
                fixed: 'left',
                render: (_, group) => groupLabel(group, byManager, t),
              },
              { title: t('escalation.churn.escalations'), dataIndex: 'escalations' },
              { title: t('escalation.churn.kept'), dataIndex: 'familiesKept' },
              { title: t('escalation.churn.lost'), dataIndex: 'familiesLost' },
              ...reasons.map((reason) => ({
                key: reason,
                title: t(`escalation.lossReason.${reason}`),
                render: (_: unknown, group: ChurnGroup) => countOf(group.reasons, reason),
              })),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('escalation.churn.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{total((g) => g.escalations)}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{total((g) => g.familiesKept)}</Table.Summary.Cell>
                <Table.Summary.Cell index={3}>{total((g) => g.familiesLost)}</Table.Summary.Cell>
                {reasons.map((reason, index) => (
                  <Table.Summary.Cell key={reason} index={4 + index}>
                    {countOf(report.totals, reason)}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )}
          />
        </Card>
      </Flex>
    </Spin>
  );
}
