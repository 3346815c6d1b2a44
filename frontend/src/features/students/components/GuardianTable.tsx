import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContactChannel, GuardianRelation } from '../../../gql/graphql';
import { GuardianPhone } from './GuardianPhone';

export interface GuardianRow {
  id: string;
  name: string;
  relation: GuardianRelation;
  phone: string | null;
  preferredChannel: ContactChannel;
}

/** Guardians with relation, phone (masked for some roles) and preferred channel. */
export function GuardianTable({ guardians }: { guardians: readonly GuardianRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<GuardianRow> = [
    { key: 'name', dataIndex: 'name', title: t('student.guardianName') },
    { key: 'relation', title: t('student.relation'), render: (_, g) => t(`relation.${g.relation}`) },
    { key: 'phone', title: t('student.phone'), render: (_, g) => <GuardianPhone phone={g.phone} /> },
    {
      key: 'preferredChannel',
      title: t('student.preferredChannel'),
      render: (_, g) => <Tag>{t(`channel.${g.preferredChannel}`)}</Tag>,
    },
  ];
  if (guardians.length === 0) return <Empty description={t('student.noGuardians')} />;
  return (
    <Table<GuardianRow>
      rowKey="id"
      columns={columns}
      dataSource={[...guardians]}
      pagination={false}
      size="small"
      scroll={{ x: 420 }}
    />
  );
}
