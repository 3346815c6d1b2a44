import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditKind } from '../../../gql/graphql';
import { formatTimestamp } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { AuditEventRow } from '../hooks/useAuditEvents';
import { IdList } from './IdList';

const KIND_COLORS: Record<AuditKind, string> = { READ: 'blue', WRITE: 'orange' };

interface AuditTableProps {
  events: AuditEventRow[];
  loading: boolean;
  /** Narrows the trail to one household (a click on its id). */
  onHousehold: (householdId: string) => void;
}

/** When (school zone, to the second), who, which operation, read or write, which fields, whose data. */
export function AuditTable({ events, loading, onHousehold }: AuditTableProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const columns: TableColumnsType<AuditEventRow> = [
    {
      key: 'at',
      title: t('audit.at'),
      width: 170,
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(e.at, timeZone)}</span>,
    },
    { key: 'actor', title: t('audit.actor'), render: (_, e) => e.actor?.displayName ?? t('common.none') },
    {
      key: 'operation',
      title: t('audit.operation'),
      render: (_, e) => <Typography.Text code>{e.operation}</Typography.Text>,
    },
    {
      key: 'kind',
      title: t('audit.kind'),
      width: 90,
      render: (_, e) => (
        <Tag color={KIND_COLORS[e.kind]} data-testid="audit-kind">
          {t(`auditKind.${e.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'fields',
      title: t('audit.fields'),
      render: (_, e) => (
        <Space size={[4, 4]} wrap>
          {e.fields.map((field) => (
            <Tag key={field}>{field}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'studentIds',
      title: t('audit.studentIds'),
      render: (_, e) => (
        <IdList
          ids={e.studentIds}
          render={(id) => <Link to={`/students/${encodeURIComponent(id)}`}>{id}</Link>}
        />
      ),
    },
    {
      key: 'householdIds',
      title: t('audit.householdIds'),
      render: (_, e) => (
        <IdList
          ids={e.householdIds}
          render={(id) => (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              title={t('audit.filterHousehold')}
              onClick={() => onHousehold(id)}
            >
              {id}
            </Button>
          )}
        />
      ),
    },
  ];
  return (
    <Table<AuditEventRow>
      rowKey="id"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      size="small"
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('audit.empty') }}
      data-testid="audit-table"
    />
  );
}
