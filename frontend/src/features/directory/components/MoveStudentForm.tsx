import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type { DirectoryStudentFieldsFragment, MoveStudentMutation } from '../../../gql/graphql';
import { isFutureDay } from '../../../lib/pastTime';
import { MOVE_FIELDS } from '../directoryRules';
import { moveStudent } from '../hooks/useDirectory';

interface Values {
  classId?: string;
  on: Dayjs;
}

export interface MoveStudentFormProps {
  student: DirectoryStudentFieldsFragment;
  classes: readonly { id: string; name: string }[];
  idempotencyKey: string;
  onSaved: (student: DirectoryStudentFieldsFragment) => void;
  onCancel: () => void;
}

/**
 * 调班: the new class and the day it counts from (today or earlier). The timeline follows the
 * student; the old class's teachers no longer see them.
 */
export function MoveStudentForm({
  student,
  classes,
  idempotencyKey,
  onSaved,
  onCancel,
}: MoveStudentFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`directory.fields.${field}`);
  return (
    <MutationForm<Values, MoveStudentMutation['moveStudent'], DirectoryStudentFieldsFragment>
      name="move-student"
      idempotencyKey={idempotencyKey}
      initialValues={{ on: dayjs() }}
      send={(values, key) =>
        moveStudent({
          studentId: student.id,
          expectedVersion: student.version,
          classId: values.classId!,
          on: values.on.format('YYYY-MM-DD'),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.student}
      onSaved={onSaved}
      fieldByInput={MOVE_FIELDS}
      failure={{ title: t('directory.failed'), testId: 'move-alert' }}
      submit={{ label: t('directory.move'), testId: 'move-submit' }}
      onCancel={onCancel}
    >
      <Form.Item
        name="classId"
        label={label('newClass')}
        rules={[{ required: true, message: t('directory.required', { field: label('newClass') }) }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={classes
            .filter((c) => c.id !== student.class?.id)
            .map((c) => ({ value: c.id, label: c.name }))}
          data-testid="move-class"
        />
      </Form.Item>
      <Form.Item
        name="on"
        label={label('on')}
        rules={[{ required: true, message: t('directory.required', { field: label('on') }) }]}
      >
        <DatePicker disabledDate={(current) => isFutureDay(current, dayjs())} />
      </Form.Item>
    </MutationForm>
  );
}
