import { Card, Descriptions, Empty, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsentSection } from '../../privacy/components/ConsentSection';
import type { StudentProfile } from '../hooks/useStudent';
import { FamilySituationView } from './FamilySituationView';
import { GuardianPhone } from './GuardianPhone';

type Guardian = StudentProfile['household']['guardians'][number];

interface HouseholdCardProps {
  student: StudentProfile;
  /** After the household changed here (a consent recorded or withdrawn). */
  onChanged: () => void;
}

/**
 * The family: address, situation (or "restricted"), siblings the caller may see, guardians
 * with relation, phone (masked for some roles) and preferred channel, and their consents.
 */
export function HouseholdCard({ student, onChanged }: HouseholdCardProps) {
  const { t } = useTranslation();
  const { household } = student;
  const siblings = household.students.filter((s) => s.id !== student.id);
  const columns: TableColumnsType<Guardian> = [
    { key: 'name', dataIndex: 'name', title: t('student.guardianName') },
    { key: 'relation', title: t('student.relation'), render: (_, g) => t(`relation.${g.relation}`) },
    { key: 'phone', title: t('student.phone'), render: (_, g) => <GuardianPhone phone={g.phone} /> },
    {
      key: 'preferredChannel',
      title: t('student.preferredChannel'),
      render: (_, g) => <Tag>{t(`channel.${g.preferredChannel}`)}</Tag>,
    },
  ];
  return (
    <Card title={t('student.household')}>
      <Descriptions
        column={1}
        items={[
          { key: 'address', label: t('student.address'), children: household.address ?? t('common.none') },
          {
            key: 'situation',
            label: t('student.situation'),
            children: <FamilySituationView household={household} />,
          },
          ...(siblings.length > 0
            ? [
                {
                  key: 'siblings',
                  label: t('student.siblings'),
                  children: (
                    <Space wrap>
                      {siblings.map((s) => (
                        <Link key={s.id} to={`/students/${encodeURIComponent(s.id)}`}>
                          {s.name}（{s.class.name}）
                        </Link>
                      ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {household.guardians.length === 0 ? (
        <Empty description={t('student.noGuardians')} />
      ) : (
        <Table<Guardian>
          rowKey="id"
          columns={columns}
          dataSource={household.guardians}
          pagination={false}
          size="small"
          scroll={{ x: 420 }}
        />
      )}
      <ConsentSection household={household} onChanged={onChanged} />
    </Card>
  );
}
