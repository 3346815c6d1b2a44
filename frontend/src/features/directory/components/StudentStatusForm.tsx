import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type {
  DirectoryStudentFieldsFragment,
  SetStudentStatusMutation,
  StudentStatus,
} from '../../../gql/graphql';
import { isFutureDay } from '../../../lib/pastTime';
import { LEAVING_STATUSES, STATUS_FIELDS } from '../directoryRules';
import { setStudentStatus } from '../hooks/useDirectory';

interface Values {
  status: StudentStatus;
  on: Dayjs;
}

export interface StudentStatusFormProps {
  student: DirectoryStudentFieldsFragment;
  idempotencyKey: string;
  onSaved: (student: DirectoryStudentFieldsFragment) => void;
  onCancel: () => void;
}

/**
 * 办理离校 (转出, 毕业, 休学) for a student on the rolls, 恢复在籍 for one who left. The record and
 * timeline stay either way.
 */
export function StudentStatusForm({ student, idempotencyKey, onSaved, onCancel }: StudentStatusFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`directory.fields.${field}`);
  const returning = student.status !== 'ACTIVE';
  return (
    <MutationForm<Values, SetStudentStatusMutation['setStudentStatus'], DirectoryStudentFieldsFragment>
      name="student-status"
      idempotencyKey={idempotencyKey}
      initialValues={{ status: returning ? 'ACTIVE' : 'TRANSFERRED', on: dayjs() }}
      send={(values, key) =>
        setStudentStatus({
          studentId: student.id,
          expectedVersion: student.version,
          status: values.status,
          on: values.on.format('YYYY-MM-DD'),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.student}
      onSaved={onSaved}
      fieldByInput={STATUS_FIELDS}
      failure={{ title: t('directory.failed'), testId: 'status-alert' }}
      submit={{
        label: t(returning ? 'directory.markReturned' : 'directory.markLeft'),
        testId: 'status-submit',
        danger: !returning,
      }}
      onCancel={onCancel}
    >
      {!returning && (
        <Form.Item name="status" label={label('newStatus')}>
          <Select
            options={LEAVING_STATUSES.map((value) => ({ value, label: t(`directory.status.${value}`) }))}
            data-testid="status-select"
          />
        </Form.Item>
      )}
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
