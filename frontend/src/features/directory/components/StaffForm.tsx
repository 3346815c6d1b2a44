import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type { DirectoryStaffFieldsFragment, SaveStaffMemberMutation, StaffRole } from '../../../gql/graphql';
import { MOBILE_PATTERN, STAFF_FIELDS } from '../directoryRules';
import { saveStaffMember } from '../hooks/useDirectory';

const ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
  'SUBJECT_TEACHER',
  'ANALYST',
  'SCHOOL_ADMIN',
];

interface AssignmentValues {
  classId: string;
  subject: string;
  homeroom: boolean;
  from?: Dayjs | null;
  until?: Dayjs | null;
}

interface Values {
  username: string;
  displayName: string;
  staffNo?: string;
  mobile?: string;
  roles: StaffRole[];
  assignments: AssignmentValues[];
}

export interface StaffFormProps {
  member?: DirectoryStaffFieldsFragment;
  classes: readonly { id: string; name: string }[];
  idempotencyKey: string;
  onSaved: (member: DirectoryStaffFieldsFragment) => void;
  onCancel: () => void;
}

const day = (value: string | null | undefined) => (value ? dayjs(value) : null);

/**
 * A staff member's record and the classes they teach, each from and until a day: a new
 * term's timetable is entered ahead and counts from its first day.
 */
export function StaffForm({ member, classes, idempotencyKey, onSaved, onCancel }: StaffFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`directory.fields.${field}`);
  const required = (field: string) => ({
    required: true,
    message: t('directory.required', { field: label(field) }),
  });
  return (
    <MutationForm<Values, SaveStaffMemberMutation['saveStaffMember'], DirectoryStaffFieldsFragment>
      name="staff"
      idempotencyKey={idempotencyKey}
      initialValues={{
        username: member?.username ?? '',
        displayName: member?.displayName ?? '',
        staffNo: member?.staffNo ?? '',
        mobile: member?.mobile ?? '',
        roles: member ? [...member.roles] : ['SUBJECT_TEACHER'],
        assignments: (member?.assignments ?? [])
          .filter((a) => a.class)
          .map((a) => ({
            classId: a.class!.id,
            subject: a.subject,
            homeroom: a.homeroom,
            from: day(a.from),
            until: day(a.until),
          })),
      }}
      send={(values, key) =>
        saveStaffMember({
          id: member?.id ?? null,
          expectedVersion: member?.version ?? null,
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          staffNo: values.staffNo?.trim() || null,
          mobile: values.mobile?.trim() || null,
          roles: values.roles,
          gradesLed: member ? [...member.gradesLed] : [],
          assignments: values.assignments.map((a) => ({
            classId: a.classId,
            subject: a.subject.trim(),
            homeroom: a.homeroom,
            from: a.from ? a.from.format('YYYY-MM-DD') : null,
            until: a.until ? a.until.format('YYYY-MM-DD') : null,
          })),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.staffMember}
      onSaved={onSaved}
      fieldByInput={STAFF_FIELDS}
      failure={{ title: t('directory.failed'), testId: 'staff-alert' }}
      submit={{ label: t('directory.save'), testId: 'staff-submit' }}
      onCancel={onCancel}
    >
      <Flex gap={12} wrap>
        <Form.Item
          name="displayName"
          label={label('displayName')}
          rules={[required('displayName')]}
          style={{ flex: 1, minWidth: 140 }}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="username"
          label={label('username')}
          rules={[required('username')]}
          style={{ flex: 1, minWidth: 140 }}
        >
          <Input maxLength={64} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="staffNo" label={label('staffNo')} style={{ flex: 1, minWidth: 120 }}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={label('mobile')}
          rules={[{ pattern: MOBILE_PATTERN, message: t('directory.invalidPhone') }]}
          style={{ flex: 1, minWidth: 140 }}
        >
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
      </Flex>
      <Form.Item name="roles" label={label('roles')} rules={[required('roles')]}>
        <Select mode="multiple" options={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))} />
      </Form.Item>
      <Form.List name="assignments">
        {(fields, { add, remove }) => (
          <Form.Item label={label('assignments')}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="center" data-testid="assignment-row">
                <Form.Item
                  name={[field.name, 'classId']}
                  rules={[required('class')]}
                  style={{ minWidth: 120 }}
                >
                  <Select
                    options={classes.map((c) => ({ value: c.id, label: c.name }))}
                    placeholder={label('class')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'subject']} rules={[required('subject')]} style={{ width: 90 }}>
                  <Input placeholder={label('subject')} maxLength={20} />
                </Form.Item>
                <Form.Item name={[field.name, 'homeroom']} valuePropName="checked">
                  <Checkbox>{label('homeroom')}</Checkbox>
                </Form.Item>
                <Form.Item name={[field.name, 'from']}>
                  <DatePicker placeholder={label('from')} />
                </Form.Item>
                <Form.Item name={[field.name, 'until']}>
                  <DatePicker placeholder={label('until')} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('directory.removeAssignment')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ subject: '', homeroom: false })}
            >
              {t('directory.addAssignment')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </MutationForm>
  );
}
