import { Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { MutationForm } from '../../../components/form/MutationForm';
import { PastDateTimeItem } from '../../../components/form/PastDateTimeItem';
import { TextAreaItem } from '../../../components/form/TextAreaItem';
import { NeedsSchoolItems } from '../../contacts/components/NeedsSchoolItems';
import { RecordIncidentDocument, type IncidentKind } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import {
  DAYS_MAX,
  INCIDENT_FIELDS,
  INCIDENT_KINDS,
  INCIDENT_TEXT_MAX_LENGTH,
  REPORTED_BY_MAX_LENGTH,
} from '../incidentOptions';

type Siblings = ReadonlyArray<{ id: string; name: string }>;

interface RecordIncidentModalProps {
  student: { id: string; name: string };
  siblings: Siblings;
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
  onRecorded: () => void;
}

interface Values {
  kind?: IncidentKind;
  occurredAt?: Dayjs;
  days?: number | null;
  description: string;
  reportedBy: string;
  siblingIds?: string[];
  needsSchool?: boolean;
  schoolMatter?: string;
}

/** The days of absence count for an illness absence only. */
const isIllness = (kind: IncidentKind | undefined) => kind === 'ILLNESS_ABSENCE';

/** 记录事件: an illness absence, an accident, an award… which calls for an immediate contact. */
export function RecordIncidentModal({
  idempotencyKey,
  onClose,
  student,
  siblings,
  onRecorded,
}: RecordIncidentModalProps) {
  const { t } = useTranslation();
  const send = async (values: Values, key: string) => {
    const input = {
      studentIds: [student.id, ...(values.siblingIds ?? [])],
      kind: values.kind!,
      occurredAt: values.occurredAt!.toISOString(),
      description: values.description.trim(),
      reportedBy: values.reportedBy.trim(),
      ...(isIllness(values.kind) && values.days != null ? { days: values.days } : {}),
      // A matter for the school opens a referral to 德育处 on the server.
      ...(values.needsSchool ? { needsSchool: true, schoolMatter: values.schoolMatter?.trim() } : {}),
      idempotencyKey: key,
    };
    return (await request(RecordIncidentDocument, { input })).recordIncident;
  };
  return (
    <FormModal
      title={t('incident.title', { name: student.name })}
      idempotencyKey={idempotencyKey}
      onClose={onClose}
    >
      {(key) => (
        <MutationForm
          name="record-incident"
          idempotencyKey={key}
          initialValues={{
            occurredAt: dayjs(),
            description: '',
            reportedBy: '',
            siblingIds: [],
            needsSchool: false,
          }}
          send={send}
          saved={(payload) => payload.incident}
          onSaved={onRecorded}
          fieldByInput={INCIDENT_FIELDS}
          failure={{ title: t('record.failed'), testId: 'incident-alert' }}
          submit={{ label: t('incident.submit'), testId: 'incident-submit' }}
          onCancel={onClose}
        >
          <IncidentFields siblings={siblings} />
        </MutationForm>
      )}
    </FormModal>
  );
}

function IncidentFields({ siblings }: { siblings: Siblings }) {
  const { t } = useTranslation();
  const illness = isIllness(Form.useWatch('kind'));
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('record.required', { field: t(field) }),
  });
  return (
    <>
      <Form.Item name="kind" label={t('incident.kind')} rules={[required('incident.kind')]}>
        <Select
          placeholder={t('incident.kind')}
          options={INCIDENT_KINDS.map((value) => ({ value, label: t(`incidentKind.${value}`) }))}
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <PastDateTimeItem
          name="occurredAt"
          label={t('incident.occurredAt')}
          style={{ flex: '1 1 220px' }}
          required
          futureMessage={t('incident.futureDate')}
        />
        {illness && (
          <Form.Item
            name="days"
            label={t('incident.days')}
            style={{ flex: '1 1 120px' }}
            extra={t('incident.daysHelp')}
          >
            <InputNumber min={0} max={DAYS_MAX} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Flex>
      {siblings.length > 0 && (
        <Form.Item name="siblingIds" label={t('incident.siblings')}>
          <Checkbox.Group options={siblings.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      )}
      <TextAreaItem
        name="description"
        label={t('incident.description')}
        required
        maxLength={INCIDENT_TEXT_MAX_LENGTH}
        rows={{ minRows: 3, maxRows: 8 }}
        placeholder={t('incident.descriptionPlaceholder')}
      />
      <Form.Item
        name="reportedBy"
        label={t('incident.reportedBy')}
        rules={[
          required('incident.reportedBy'),
          { max: REPORTED_BY_MAX_LENGTH, message: t('record.textTooLong', { max: REPORTED_BY_MAX_LENGTH }) },
        ]}
      >
        <Input maxLength={REPORTED_BY_MAX_LENGTH} placeholder={t('incident.reportedByPlaceholder')} />
      </Form.Item>
      <NeedsSchoolItems maxLength={INCIDENT_TEXT_MAX_LENGTH} switchTestId="incident-needs-school" />
    </>
  );
}
