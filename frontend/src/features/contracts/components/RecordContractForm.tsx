import { DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import { RecordContractDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
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
  const { staff, loading: staffLoading } = useContractStaff();
  const required = (field: string) => ({
    required: true,
    message: t('contracts.required', { field: t(field) }),
  });
  const send = async (values: ContractFormValues, key: string) =>
    (await request(RecordContractDocument, { input: contractInput(student.id, values, key) })).recordContract;

  const isConsultant = viewer?.roles.includes('CONSULTANT') ?? false;
  return (
    <MutationForm
      name="record-contract"
      idempotencyKey={idempotencyKey}
      initialValues={{
        signedOn: dayjs(),
        subjects: [],
        consultantId: isConsultant ? viewer?.id : undefined,
        learningManagerId: groupLearningManagerId,
        firstLessonAt: null,
      }}
      send={send}
      saved={(payload) => payload.contract}
      onSaved={onRecorded}
      fieldByInput={CONTRACT_FIELDS}
      failure={{ title: t('contracts.failed'), testId: 'contract-form-alert' }}
      submit={{ label: t('contracts.submit'), testId: 'contract-submit' }}
      onCancel={onCancel}
      intro={
        <Typography.Paragraph type="secondary">
          {t('contracts.formHelp', { name: student.name })}
        </Typography.Paragraph>
      }
    >
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
    </MutationForm>
  );
}
