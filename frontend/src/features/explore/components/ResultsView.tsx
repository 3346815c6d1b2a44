import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../lib/download';
import { numericMetrics, tableFromResult, toCsv, type ResultRow } from '../lib/results';

const BucketChart = lazy(() => import('./BucketChart'));

/** The figure a chart shows first, when the answer has it. */
const CHART_FIRST = ['contacts', 'visitedPercent', 'studentsReached', 'students'];

interface ResultsViewProps {
  result: unknown;
}

function errorMessage(result: unknown): string | undefined {
  const errors = (result as { errors?: { message?: string }[] } | null)?.errors;
  return errors && errors.length > 0 ? errors.map((error) => error.message).join('; ') : undefined;
}

/** The last answer as a table, with a CSV export and, for one dimension, a bar chart. */
export function ResultsView({ result }: ResultsViewProps) {
  const { t, i18n } = useTranslation();
  const table = useMemo(() => tableFromResult(result), [result]);
  const chartable = useMemo(() => (table ? numericMetrics(table) : []), [table]);
  const [metric, setMetric] = useState<string | undefined>(undefined);
  const preferred = CHART_FIRST.find((field) => chartable.includes(field)) ?? chartable[0];
  const shown = metric && chartable.includes(metric) ? metric : preferred;
  const label = (field: string) => t(`explore.columns.${field}`, { defaultValue: field });
  const dimensionLabel = (dimension: string) =>
    t(`explore.dimensions.${dimension}`, { defaultValue: dimension });
  const error = errorMessage(result);

  if (!table) {
    return (
      <>
        {error && <Alert type="error" showIcon message={t('explore.errors', { message: error })} />}
        <Empty description={t('explore.noResults')} />
      </>
    );
  }

  const download = () =>
    downloadText(
      toCsv(table, { dimension: dimensionLabel, metric: label, total: t('explore.total') }),
      `jiaxiao-analytics-${new Date().toISOString().slice(0, 10)}.csv`,
      'text/csv',
    );

  const columns = [
    ...table.dimensions.map((dimension, index) => ({
      title: dimensionLabel(dimension),
      key: `key${index}`,
      render: (_: unknown, row: ResultRow) =>
        row.total ? index === 0 ? <strong>{t('explore.total')}</strong> : null : row.labels[index],
    })),
    ...(table.dimensions.length === 0
      ? [{ title: '', key: 'total', render: () => <strong>{t('explore.total')}</strong> }]
      : []),
    ...table.metrics.map((field) => ({
      title: label(field),
      key: field,
      align: 'right' as const,
      render: (_: unknown, row: ResultRow) => {
        const value = row.values[field];
        if (field === 'suppressed') return value ? <Tag color="orange">{t('explore.suppressed')}</Tag> : null;
        if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
        if (typeof value === 'boolean')
          return value ? t('explore.yes') : <Typography.Text type="secondary">—</Typography.Text>;
        return value.toLocaleString(i18n.language);
      },
    })),
  ];

  const buckets = table.rows.filter((row) => !row.total);
  return (
    <Flex vertical gap={16}>
      {error && <Alert type="warning" showIcon message={t('explore.errors', { message: error })} />}
      <Space>
        <Button icon={<DownloadOutlined />} onClick={download} data-testid="export-csv">
          {t('explore.exportCsv')}
        </Button>
      </Space>
      <Table<ResultRow>
        size="small"
        columns={columns}
        dataSource={table.rows}
        rowKey={(row) => (row.total ? '__total' : row.labels.join('|'))}
        pagination={false}
        scroll={{ x: true }}
        data-testid="results-table"
      />
      {table.dimensions.length === 1 && shown ? (
        <Flex vertical gap={8}>
          <Space>
            <Typography.Text strong>{t('explore.chart')}</Typography.Text>
            <Select
              value={shown}
              onChange={setMetric}
              options={chartable.map((field) => ({ value: field, label: label(field) }))}
              style={{ minWidth: 220 }}
              aria-label={t('explore.metric')}
            />
          </Space>
          <Suspense fallback={<Spin />}>
            <BucketChart
              labels={buckets.map((row) => row.labels[0] ?? '')}
              values={buckets.map((row) => {
                const value = row.values[shown];
                return typeof value === 'number' ? value : null;
              })}
              name={label(shown)}
            />
          </Suspense>
        </Flex>
      ) : (
        table.dimensions.length > 1 && (
          <Typography.Text type="secondary">{t('explore.chartOneDimension')}</Typography.Text>
        )
      )}
    </Flex>
  );
}
