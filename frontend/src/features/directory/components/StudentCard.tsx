import { Button, Descriptions, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { useFormOpening } from '../../../components/form/useFormOpening';
import { useDirectoryStudentCard } from '../hooks/useDirectory';
import { GuardiansForm } from './GuardiansForm';
import { MoveStudentForm } from './MoveStudentForm';
import { StudentForm } from './StudentForm';
import { StudentStatusForm } from './StudentStatusForm';

export interface StudentCardProps {
  studentId: string;
  classes: readonly { id: string; name: string }[];
  /** After any edit: the list reloads. */
  onChanged: () => void;
}

/**
 * A student's directory card: the record, the household's guardians with their mobiles, and
 * the edits (record, guardians, move, leave or return). Never a timeline.
 */
export function StudentCard({ studentId, classes, onChanged }: StudentCardProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const { data, loading } = useDirectoryStudentCard(studentId, version);
  const edit = useFormOpening();
  const guardians = useFormOpening();
  const move = useFormOpening();
  const status = useFormOpening();
  const student = data?.directory.student;
  if (!student) return loading ? null : <Typography.Text type="secondary">—</Typography.Text>;
  const saved = (close: () => void) => () => {
    close();
    setVersion((v) => v + 1);
    onChanged();
  };
  const label = (field: string) => t(`directory.fields.${field}`);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="student-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={label('studentNo')}>{student.studentNo}</Descriptions.Item>
        <Descriptions.Item label={label('name')}>
          <span data-testid="student-card-name">{student.name}</span>
        </Descriptions.Item>
        <Descriptions.Item label={label('gender')}>
          {t(`directory.gender.${student.gender}`)}
        </Descriptions.Item>
        <Descriptions.Item label={label('dateOfBirth')}>{student.dateOfBirth ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={label('class')}>
          <span data-testid="student-card-class">{student.class?.name ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={label('newStatus')}>
          <Tag color={student.status === 'ACTIVE' ? 'green' : 'default'} data-testid="student-card-status">
            {student.leftOn
              ? t('directory.leftOn', {
                  status: t(`directory.status.${student.status}`),
                  date: student.leftOn,
                })
              : t(`directory.status.${student.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={label('address')}>{student.household?.address ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{label('guardians')}</Typography.Title>
      <List
        size="small"
        locale={{ emptyText: t('directory.noGuardians') }}
        dataSource={student.household?.guardians ?? []}
        renderItem={(g) => (
          <List.Item data-testid="card-guardian">
            {g.name}（{t(`directory.relation.${g.relation}`)}）
            <span data-testid="card-guardian-phone">{g.phone ?? '—'}</span>
          </List.Item>
        )}
      />
      <Flex gap={8} wrap>
        <Button onClick={edit.open} data-testid="edit-student">
          {t('directory.editStudent')}
        </Button>
        {student.household && (
          <Button onClick={guardians.open} data-testid="edit-guardians">
            {t('directory.editGuardians')}
          </Button>
        )}
        {student.status === 'ACTIVE' && (
          <Button onClick={move.open} data-testid="move-student">
            {t('directory.move')}
          </Button>
        )}
        <Button onClick={status.open} danger={student.status === 'ACTIVE'} data-testid="student-status">
          {t(student.status === 'ACTIVE' ? 'directory.markLeft' : 'directory.markReturned')}
        </Button>
      </Flex>
      <FormModal title={t('directory.editStudent')} idempotencyKey={edit.idempotencyKey} onClose={edit.close}>
        {(key) => (
          <StudentForm
            student={student}
            classes={classes}
            idempotencyKey={key}
            onSaved={saved(edit.close)}
            onCancel={edit.close}
          />
        )}
      </FormModal>
      {student.household && (
        <FormModal
          title={t('directory.editGuardians')}
          idempotencyKey={guardians.idempotencyKey}
          onClose={guardians.close}
          width={640}
        >
          {(key) => (
            <GuardiansForm
              household={student.household!}
              idempotencyKey={key}
              onSaved={saved(guardians.close)}
              onCancel={guardians.close}
            />
          )}
        </FormModal>
      )}
      <FormModal title={t('directory.move')} idempotencyKey={move.idempotencyKey} onClose={move.close}>
        {(key) => (
          <MoveStudentForm
            student={student}
            classes={classes}
            idempotencyKey={key}
            onSaved={saved(move.close)}
            onCancel={move.close}
          />
        )}
      </FormModal>
      <FormModal
        title={t(student.status === 'ACTIVE' ? 'directory.markLeft' : 'directory.markReturned')}
        idempotencyKey={status.idempotencyKey}
        onClose={status.close}
      >
        {(key) => (
          <StudentStatusForm
            student={student}
            idempotencyKey={key}
            onSaved={saved(status.close)}
            onCancel={status.close}
          />
        )}
      </FormModal>
    </Space>
  );
}
