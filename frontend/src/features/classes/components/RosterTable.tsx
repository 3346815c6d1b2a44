import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { RosterStudent } from '../hooks/useRoster';

/** Student number, name (links to the student), last contact date, contacts this year. */
export function RosterTable({ students }: { students: RosterStudent[] }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const columns: TableColumnsType<RosterStudent> = [
    { key: 'studentNo', dataIndex: 'studentNo', title: t('roster.studentNo'), width: 120 },
    {
      key: 'name',
      title: t('roster.name'),
      render: (_, student) => <Link to={`/students/${encodeURIComponent(student.id)}`}>{student.name}</Link>,
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
  ];
  return (
    <Table<RosterStudent>
      rowKey="id"
      columns={columns}
      dataSource={students}
      pagination={false}
      size="middle"
      scroll={{ x: 480 }}
      data-testid="roster"
    />
  );
}
