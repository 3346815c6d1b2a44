import { Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { RosterStudent } from '../hooks/useRoster';

/**
 * Student number, name (links to the student) with a 重点关注 tag, last contact date, contacts
 * this year, open tasks. The tag needs the categories themselves: where the privacy policy
 * masks them (null) the row shows nothing, so the tag cannot hint at what is withheld.
 */
export function RosterTable({ students }: { students: RosterStudent[] }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const columns: TableColumnsType<RosterStudent> = [
    { key: 'studentNo', dataIndex: 'studentNo', title: t('roster.studentNo'), width: 120 },
    {
      key: 'name',
      title: t('roster.name'),
      render: (_, student) => (
        <Space size={4} wrap>
          <Link to={`/students/${encodeURIComponent(student.id)}`}>{student.name}</Link>
          <FocusTag categories={student.focusCategories} />
        </Space>
      ),
    },
    {
      key: 'lastContactAt',
      title: t('roster.lastContact'),
      render: (_, student) =>
        student.lastContactAt ? formatDate(student.lastContactAt, timeZone) : t('roster.never'),
    },
    {
      key: 'contactsThisYear',
      dataIndex: 'contactsThisYear',
      title: t('roster.contactsThisYear'),
      align: 'right',
    },
    {
      key: 'openObligations',
      title: (
        <Tooltip title={t('roster.openTasksHint')}>
          <span>{t('roster.openTasks')}</span>
        </Tooltip>
      ),
      align: 'right',
      render: (_, student) =>
        student.openObligations > 0 ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="open-tasks">
            {student.openObligations}
          </Tag>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
  ];
  return (
    <Table<RosterStudent>
      rowKey="id"
      columns={columns}
      dataSource={students}
      pagination={false}
      size="middle"
      scroll={{ x: 560 }}
      data-testid="roster"
    />
  );
}

/** 重点关注, with the categories on hover; nothing when none or masked. */
function FocusTag({ categories }: { categories: RosterStudent['focusCategories'] }) {
  const { t } = useTranslation();
  if (!categories || categories.length === 0) return null;
  return (
    <Tooltip title={categories.map((category) => t(`focusCategory.${category}`)).join('、')}>
      <Tag color="red" data-testid="focus-tag">
        {t('roster.focus')}
      </Tag>
    </Tooltip>
  );
}
