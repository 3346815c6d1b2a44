import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format/date';
import { KIND_TAG_COLORS } from '../../timeline/components/contactMeta';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { ContactRow } from '../hooks/useContactsList';

interface ContactsTableProps {
  contacts: ContactRow[];
  loading: boolean;
  /** Opens a contact's detail. */
  onOpen: (id: string) => void;
}

const EXCERPT = 60;

/** Time, students, form, kind, author, the summary's beginning, needs-the-school; a click opens the detail. */
export function ContactsTable({ contacts, loading, onOpen }: ContactsTableProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const columns: TableColumnsType<ContactRow> = [
    {
      key: 'occurredAt',
      title: t('contactsList.time'),
      width: 150,
      render: (_, c) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.occurredAt, timeZone)}</span>
      ),
    },
    {
      key: 'students',
      title: t('contactsList.students'),
      width: 190,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          {c.students.map((s) => (
            <Link
              key={s.id}
              to={`/students/${encodeURIComponent(s.id)}`}
              onClick={(e) => e.stopPropagation()}
              style={{ whiteSpace: 'nowrap' }}
            >
              {s.name}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                （{s.class.name}）
              </Typography.Text>
            </Link>
          ))}
        </Space>
      ),
    },
    {
      key: 'form',
      title: t('contactsList.form'),
      width: 110,
      render: (_, c) => <Tag>{t(`contactForm.${c.form}`)}</Tag>,
    },
    {
      key: 'kind',
      title: t('contactsList.kind'),
      width: 90,
      render: (_, c) => <Tag color={KIND_TAG_COLORS[c.kind]}>{t(`contactKind.${c.kind}`)}</Tag>,
    },
    {
      key: 'author',
      title: t('contactsList.author'),
      width: 130,
      render: (_, c) => c.author?.displayName ?? t('common.none'),
    },
    {
      key: 'summary',
      title: t('contactsList.summary'),
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', color: 'inherit' }}
            onClick={(e) => {
              e.stopPropagation();
              onOpen(c.id);
            }}
            data-testid="contact-summary"
          >
            {c.retraction ? <del>{excerpt(c.summary)}</del> : excerpt(c.summary)}
          </Button>
          {c.retraction && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('timeline.withdrawn')}：{c.retraction.reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'needsSchool',
      title: t('contactsList.needsSchool'),
      width: 110,
      render: (_, c) =>
        c.needsSchool ? (
          <Tag color="red" data-testid="needs-school-tag">
            {t('timeline.needsSchool')}
          </Tag>
        ) : (
          t('common.none')
        ),
    },
  ];
  return (
    <Table<ContactRow>
      rowKey="id"
      columns={columns}
      dataSource={contacts}
      loading={loading}
      pagination={false}
      size="small"
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('contactsList.empty') }}
      onRow={(c) => ({ onClick: () => onOpen(c.id), style: { cursor: 'pointer' } })}
      data-testid="contacts-table"
    />
  );
}

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}
