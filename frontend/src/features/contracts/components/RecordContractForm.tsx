import { Alert, Button, DatePicker, Flex, Form, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { isFutureDay } from '../../../lib/pastTime';
import { useViewer } from '../../viewer/hooks/viewerContext';
import {
  CONTRACT_FIELDS,
  contractInput,
  type ContractFormValues,
  MAX_LESSONS,
  MAX_SUBJECT_LENGTH,
  MAX_SUBJECTS,
  SUBJECTS,
} from '../contractOptions';
import { useContractStaff } from '../hooks/useContractStaff';
import { useRecordContract } from '../hooks/useRecordContract';

export interface RecordContractFormProps {
  student: { id: string; name: string };
  /** The learning manager of the student's group, offered first. */
  groupLearningManagerId?: string;
  /** One per opening of the form: a retry or double submit never records twice. */
  idempotencyKey: string;
  onRecorded: () => void;
  onCancel: () => void;
}

/**
 * 新签合同: the day it was signed, subjects, lessons bought, the consultant who signed it,
 * the learning manager who looks after the student, and the first lesson if scheduled.
 * Recording it starts the learning manager's onboarding tasks.
 */
export function RecordContractForm(props: RecordContractFormProps) {
  const { student, groupLearningManagerId, idempotencyKey, onRecorded, onCancel } = props;
  const { t } = useTranslation();
  const viewer = useViewer();
  const [form] = Form.useForm<ContractFormValues>();
  const { staff, loading: staffLoading } = useContractStaff();
  const { submit, submitting } = useRecordContract();
  const [alerts, setAlerts] = useState<string[]>([]);
  const required = (field: string) => ({
    required: true,
    message: t('contracts.required', { field: t(field) }),
  });

  const onFinish = async (values: ContractFormValues) => {
    setAlerts([]);
    try {
      const result = await submit(contractInput(student.id, values, idempotencyKey));
      if (!result) return;
      if (result.errors.length > 0 || !result.contract) {
        const { byField, general } = sortUserErrors(result.errors, CONTRACT_FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({
            name: name as keyof ContractFormValues,
            errors,
          })),
        );
        setAlerts(general);
        return;
      }
      onRecorded();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  const isConsultant = viewer?.roles.includes('CONSULTANT') ?? false;
  return (
    <Form<ContractFormValues>
      form={form}
      layout="vertical"
      name="record-contract"
      initialValues={{
        signedOn: dayjs(),
        subjects: [],
        consultantId: isConsultant ? viewer?.id : undefined,
        learningManagerId: groupLearningManagerId,
        firstLessonAt: null,
      }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Typography.Paragraph type="secondary">
        {t('contracts.formHelp', { name: student.name })}
      </Typography.Paragraph>
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('contracts.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="contract-form-alert"
        />
      )}
      <Form.Item name="signedOn" label={t('contracts.signedOn')} rules={[required('contracts.signedOn')]}>
        <DatePicker disabledDate={(current) => isFutureDay(current, dayjs())} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="subjects"
        label={t('contracts.subjects')}
        rules={[
          { type: 'array', required: true, min: 1, message: t('contracts.subjectsRequired') },
          {
            type: 'array',
            max: MAX_SUBJECTS,
            message: t('contracts.tooManySubjects', { max: MAX_SUBJECTS }),
          },
          {
            validator: async (_, value?: string[]) => {
              if (value?.some((subject) => subject.trim().length > MAX_SUBJECT_LENGTH))
                throw new Error(t('contracts.subjectTooLong', { max: MAX_SUBJECT_LENGTH }));
            },
          },
        ]}
      >
        <Select
          mode="tags"
          placeholder={t('contracts.subjectsPlaceholder')}
          options={SUBJECTS.map((subject) => ({ value: subject, label: subject }))}
          data-testid="contract-subjects"
        />
      </Form.Item>
      <Form.Item
        name="lessonsBought"
        label={t('contracts.lessonsBought')}
        rules={[
          required('contracts.lessonsBought'),
          {
            type: 'integer',
            min: 1,
            max: MAX_LESSONS,
            message: t('contracts.lessonsRange', { max: MAX_LESSONS }),
          },
        ]}
      >
        <InputNumber min={1} max={MAX_LESSONS} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="consultantId"
        label={t('contracts.consultant')}
        rules={[required('contracts.consultant')]}
      >
        <Select
          loading={staffLoading}
          placeholder={t('contracts.consultant')}
          options={staff?.consultants.map((person) => ({ value: person.id, label: person.displayName }))}
        />
      </Form.Item>
      <Form.Item
        name="learningManagerId"
        label={t('contracts.learningManager')}
        rules={[required('contracts.learningManager')]}
      >
        <Select
          loading={staffLoading}
          placeholder={t('contracts.learningManager')}
          options={staff?.learningManagers.map((person) => ({ value: person.id, label: person.displayName }))}
        />
      </Form.Item>
      <Form.Item
        name="firstLessonAt"
        label={t('contracts.firstLessonAt')}
        extra={t('contracts.firstLessonHelp')}
        dependencies={['signedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, value?: Dayjs | null) => {
              const signedOn = getFieldValue('signedOn') as Dayjs | undefined;
              if (value && signedOn && value.isBefore(signedOn.startOf('day')))
                throw new Error(t('contracts.firstLessonBeforeSigning'));
            },
          }),
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="contract-submit">
          {t('contracts.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
