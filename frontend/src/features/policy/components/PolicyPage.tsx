import { Card, Descriptions, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { usePolicyPage, type PolicyPage as PolicyData } from '../hooks/usePolicy';
import { differences, leaves } from '../policyDiff';
import { POLICY_SECTIONS } from '../policyFields';
import { PolicyEditor } from './PolicyEditor';

/** 学校制度: the rules in force, the three presets side by side, the history, and (principal) the editor. */
export default function PolicyPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const timeZone = useSchoolTimeZone();
  const { data, error, loading, refetch } = usePolicyPage();
  if (loading && !data) return <PageSpinner />;
  if (error || !data) return <ErrorResult error={error} onRetry={refetch} />;
  const policy = data.policy;
  const principal = viewer?.roles.includes('PRINCIPAL') ?? false;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('policy.title')}
      </Typography.Title>
      <Card size="small" data-testid="policy-current">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
          <Descriptions.Item label={t('policy.version')}>{policy.version}</Descriptions.Item>
          <Descriptions.Item label={t('policy.effectiveFrom')}>{policy.effectiveFrom}</Descriptions.Item>
          <Descriptions.Item label={t('policy.basedOn')}>
            <Tag color="blue">{t(`policy.presets.${policy.basedOn}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('policy.changedBy')}>
            {policy.changedBy?.displayName ?? '—'}
            {policy.changedAt && ` · ${formatDateTime(policy.changedAt, timeZone)}`}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {policy.differencesFromPreset.length === 0
            ? t('policy.sameAsPreset')
            : t('policy.differsIn', {
                fields: policy.differencesFromPreset
                  .map(
                    (d) =>
                      `${t(`policy.fields.${d.path}`, { defaultValue: d.path })}（${d.preset ?? '—'} → ${d.current ?? '—'}）`,
                  )
                  .join('；'),
              })}
        </Typography.Paragraph>
      </Card>
      <Tabs
        items={[
          { key: 'presets', label: t('policy.presetsTab'), children: <PresetTable data={data} /> },
          ...(principal
            ? [
                {
                  key: 'edit',
                  label: t('policy.editTab'),
                  children: <PolicyEditor data={data} onSaved={refetch} />,
                },
              ]
            : []),
          {
            key: 'history',
            label: t('policy.historyTab'),
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={data.policyVersions}
                columns={[
                  { title: t('policy.version'), dataIndex: 'version' },
                  { title: t('policy.effectiveFrom'), dataIndex: 'effectiveFrom' },
                  { title: t('policy.basedOn'), render: (_, row) => t(`policy.presets.${row.basedOn}`) },
                  { title: t('policy.changedBy'), render: (_, row) => row.changedBy?.displayName ?? '—' },
                  { title: t('policy.note'), render: (_, row) => row.note ?? '' },
                ]}
              />
            ),
          },
        ]}
      />
    </Space>
  );
}

/** A leaf value as the table shows it: yes/no for switches, form names for lists. */
function shown(value: string | null | undefined, t: (key: string) => string): string {
  if (value === null || value === undefined) return '—';
  if (value === 'true') return t('policy.yes');
  if (value === 'false') return t('policy.no');
  return value;
}

/** Every field, one column per preset and one for the school; the school's differences marked. */
function PresetTable({ data }: { data: PolicyData }) {
  const { t } = useTranslation();
  const base = data.policyPresets.find((p) => p.preset === data.policy.basedOn)?.rules;
  const school = leaves(data.policy.rules);
  const presets = data.policyPresets.map((p) => ({ preset: p.preset, values: leaves(p.rules) }));
  // In the editor's order, one row per field; a section's title names it.
  const rows = POLICY_SECTIONS.flatMap((section) =>
    section.fields.map((field) => ({
      path: section.name ? `${section.name}.${field.name}` : field.name,
      section: section.name || 'general',
    })),
  );
  const changed = new Set(differences(base, data.policy.rules).map((row) => row.path));
  return (
    <Table
      size="small"
      rowKey="path"
      pagination={false}
      data-testid="preset-table"
      dataSource={rows}
      columns={[
        { title: t('policy.section'), render: (_, row) => t(`policy.sections.${row.section}`) },
        {
          title: t('policy.field'),
          render: (_, row) => t(`policy.fields.${row.path}`, { defaultValue: row.path }),
        },
        ...presets.map((p) => ({
          title: t(`policy.presets.${p.preset}`),
          key: p.preset,
          render: (_: unknown, row: { path: string }) => shown(p.values.get(row.path), t),
        })),
        {
          title: t('policy.school'),
          key: 'school',
          render: (_, row) => {
            const value = shown(school.get(row.path), t);
            return changed.has(row.path) ? <Tag color="orange">{value}</Tag> : value;
          },
        },
      ]}
    />
  );
}
