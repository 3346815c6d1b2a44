import { DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type { DirectoryStudentFieldsFragment, Gender, SaveStudentMutation } from '../../../gql/graphql';
import { isFutureDay } from '../../../lib/pastTime';
import { NUMBER_PATTERN, STUDENT_FIELDS } from '../directoryRules';
import { saveStudent } from '../hooks/useDirectory';

interface Values {
  studentNo: string;
  name: string;
  gender?: Gender;
  dateOfBirth?: Dayjs | null;
  classId?: string;
}

export interface StudentFormProps {
  /** The student to edit; absent to add one (then the class is chosen here). */
  student?: DirectoryStudentFieldsFragment;
  classes: readonly { id: string; name: string }[];
  defaultClassId?: string | null;
  idempotencyKey: string;
  onSaved: (student: DirectoryStudentFieldsFragment) => void;
  onCancel: () => void;
}

/** 新增学生 / 编辑学籍信息: 学籍号 (unique in the school), name, gender, date of birth. */
export function StudentForm({
  student,
  classes,
  defaultClassId,
  idempotencyKey,
  onSaved,
  onCancel,
}: StudentFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`directory.fields.${field}`);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('directory.required', { field: label(field) }),
  });
  return (
    <MutationForm<Values, SaveStudentMutation['saveStudent'], DirectoryStudentFieldsFragment>
      name="student"
      idempotencyKey={idempotencyKey}
      initialValues={{
        studentNo: student?.studentNo ?? '',
        name: student?.name ?? '',
        gender: student?.gender,
        dateOfBirth: student?.dateOfBirth ? dayjs(student.dateOfBirth) : null,
        classId: defaultClassId ?? undefined,
      }}
      send={(values, key) =>
        saveStudent({
          id: student?.id ?? null,
          expectedVersion: student?.version ?? null,
          studentNo: values.studentNo.trim(),
          name: values.name.trim(),
          gender: values.gender!,
          dateOfBirth: values.dateOfBirth ? values.dateOfBirth.format('YYYY-MM-DD') : null,
          classId: student ? null : (values.classId ?? null),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.student}
      onSaved={onSaved}
      fieldByInput={STUDENT_FIELDS}
      failure={{ title: t('directory.failed'), testId: 'student-alert' }}
      submit={{ label: t('directory.save'), testId: 'student-submit' }}
      onCancel={onCancel}
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="studentNo"
          label={label('studentNo')}
          rules={[required('studentNo'), { pattern: NUMBER_PATTERN, message: t('directory.invalidNumber') }]}
          style={{ minWidth: 140, flex: 1 }}
        >
          <Input maxLength={30} data-testid="student-no" />
        </Form.Item>
        <Form.Item
          name="name"
          label={label('name')}
          rules={[required('name')]}
          style={{ minWidth: 140, flex: 1 }}
        >
          <Input maxLength={50} data-testid="student-name" />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item
          name="gender"
          label={label('gender')}
          rules={[{ required: true, message: t('directory.required', { field: label('gender') }) }]}
          style={{ minWidth: 100 }}
        >
          <Select
            options={(['FEMALE', 'MALE'] as const).map((value) => ({
              value,
              label: t(`directory.gender.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="dateOfBirth" label={label('dateOfBirth')}>
          <DatePicker disabledDate={(current) => isFutureDay(current, dayjs())} />
        </Form.Item>
      </Flex>
      {!student && (
        <Form.Item
          name="classId"
          label={label('class')}
          rules={[{ required: true, message: t('directory.required', { field: label('class') }) }]}
        >
          <Select options={classes.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      )}
    </MutationForm>
  );
}
