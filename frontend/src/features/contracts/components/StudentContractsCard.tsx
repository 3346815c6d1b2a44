import { FileAddOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Empty, message, Space, Tag, Typography } from 'antd';
import { Fragment, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormOpening } from '../../../components/form/useFormOpening';
import { formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone, useViewer } from '../../viewer/hooks/viewerContext';
import { mayRecordContracts } from '../contractOptions';
import { useStudentContracts, type Contract } from '../hooks/useStudentContracts';

const RecordContractModal = lazy(() =>
  import('./RecordContractModal').then((m) => ({ default: m.RecordContractModal })),
);

const STATE_COLOR: Record<string, string> = {
  ACTIVE: 'green',
  REFUND_REQUESTED: 'orange',
  REFUNDED: 'default',
  COMPLETED: 'blue',
};

interface StudentContractsCardProps {
  student: { id: string; name: string };
}

/**
 * 合同: a tutoring student's contracts, newest first, and for consultants, supervisors and
 * campus directors "新签合同".
 */
export function StudentContractsCard({ student }: StudentContractsCardProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const signer = mayRecordContracts(useViewer()?.roles);
  const { student: found, loading, refetch } = useStudentContracts(student.id);
  const recordForm = useFormOpening();
  const [messages, messageHolder] = message.useMessage();
  const contracts = found?.contracts ?? [];

  const describe = (contract: Contract) =>
    [
      contract.subjects.join('、'),
      t('contracts.lessons', { given: contract.lessonsGiven, bought: contract.lessonsBought }),
      contract.firstLessonAt
        ? t('contracts.firstLesson', { time: formatDateTime(contract.firstLessonAt, timeZone) })
        : t('contracts.noFirstLesson'),
      contract.learningManager && t('contracts.managedBy', { name: contract.learningManager.displayName }),
      contract.consultant && t('contracts.signedBy', { name: contract.consultant.displayName }),
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <Card
      title={t('contracts.title')}
      loading={loading && !found}
      data-testid="student-contracts"
      extra={
        signer && (
          <Button icon={<FileAddOutlined />} onClick={recordForm.open} data-testid="record-contract">
            {t('contracts.new')}
          </Button>
        )
      }
    >
      {messageHolder}
      {contracts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contracts.none')} />
      ) : (
        contracts.map((contract, index) => (
          <Fragment key={contract.id}>
            {index > 0 && <Divider style={{ margin: '8px 0' }} />}
            <Space orientation="vertical" size={0} data-testid="contract">
              <Space size={8}>
                <Typography.Text strong>
                  {t('contracts.signedOnDay', { day: contract.signedOn })}
                </Typography.Text>
                <Tag color={STATE_COLOR[contract.state]}>{t(`contracts.state.${contract.state}`)}</Tag>
              </Space>
              <Typography.Text type="secondary">{describe(contract)}</Typography.Text>
            </Space>
          </Fragment>
        ))
      )}
      <Suspense fallback={null}>
        {recordForm.loaded && (
          <RecordContractModal
            idempotencyKey={recordForm.idempotencyKey}
            onClose={recordForm.close}
            student={student}
            groupLearningManagerId={found?.class.homeroomTeacher?.id}
            onRecorded={() => {
              recordForm.close();
              void messages.success(t('contracts.recorded'));
              refetch();
            }}
          />
        )}
      </Suspense>
    </Card>
  );
}
