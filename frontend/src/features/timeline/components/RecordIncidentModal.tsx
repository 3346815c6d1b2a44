import {
  Alert,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentKind } from '../../../gql/graphql';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { isFutureDay, isInFuture } from '../../contacts/validation';
import { useRecordIncident } from '../hooks/useRecordIncident';
import {
  DAYS_MAX,
  INCIDENT_FIELDS,
  INCIDENT_KINDS,
  INCIDENT_TEXT_MAX_LENGTH,
  REPORTED_BY_MAX_LENGTH,
} from '../incidentOptions';

interface RecordIncidentModalProps {
  student: { id: string; name: string };
  siblings: ReadonlyArray<{ id: string; name: string }>;
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

/** 记录事件: an illness absence, an accident, an award… which calls for an immediate contact. */
export function RecordIncidentModal({
  idempotencyKey,
  onClose,
  student,
  ...props
}: RecordIncidentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('incident.title', { name: student.name })}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && (
        <RecordIncidentForm
          key={idempotencyKey}
          student={student}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
          {...props}
        />
      )}
    </Modal>
  );
}

function RecordIncidentForm({
  student,
  siblings,
  idempotencyKey,
  onCancel,
  onRecorded,
}: Omit<RecordIncidentModalProps, 'idempotencyKey' | 'onClose'> & {
  idempotencyKey: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useRecordIncident();
  const [alerts, setAlerts] = useState<string[]>([]);
  const illness = Form.useWatch('kind', form) === 'ILLNESS_ABSENCE';
  const needsSchool = Form.useWatch('needsSchool', form) === true;
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('record.required', { field: t(field) }),
  });

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({
        studentIds: [student.id, ...(values.siblingIds ?? [])],
        kind: values.kind!,
        occurredAt: values.occurredAt!.toISOString(),
        description: values.description.trim(),
        reportedBy: values.reportedBy.trim(),
        ...(illness && values.days != null ? { days: values.days } : {}),
        // A matter for the school opens a referral to 德育处 on the server.
        ...(values.needsSchool ? { needsSchool: true, schoolMatter: values.schoolMatter?.trim() } : {}),
        idempotencyKey,
      });
      if (!result) return;
      if (result.errors.length > 0 || !result.incident) {
        const { byField, general } = sortUserErrors(result.errors, INCIDENT_FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      onRecorded();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="record-incident"
      initialValues={{
        occurredAt: dayjs(),
        description: '',
        reportedBy: '',
        siblingIds: [],
        needsSchool: false,
      }}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('record.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="incident-alert"
        />
      )}
      <Form.Item name="kind" label={t('incident.kind')} rules={[required('incident.kind')]}>
        <Select
          placeholder={t('incident.kind')}
          options={INCIDENT_KINDS.map((value) => ({ value, label: t(`incidentKind.${value}`) }))}
        />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="occurredAt"
          label={t('incident.occurredAt')}
          style={{ flex: '1 1 220px' }}
          rules={[
            { required: true, message: t('record.required', { field: t('incident.occurredAt') }) },
            {
              validator: async (_, value?: Dayjs) => {
                if (isInFuture(value, dayjs())) throw new Error(t('incident.futureDate'));
              },
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            disabledDate={(current) => isFutureDay(current, dayjs())}
            style={{ width: '100%' }}
          />
        </Form.Item>
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
      <Form.Item
        name="description"
        label={t('incident.description')}
        rules={[
          required('incident.description'),
          {
            max: INCIDENT_TEXT_MAX_LENGTH,
            message: t('record.textTooLong', { max: INCIDENT_TEXT_MAX_LENGTH }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={INCIDENT_TEXT_MAX_LENGTH}
          placeholder={t('incident.descriptionPlaceholder')}
        />
      </Form.Item>
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
      <Form.Item
        name="needsSchool"
        label={t('record.needsSchool')}
        valuePropName="checked"
        extra={t('record.needsSchoolHelp')}
      >
        <Switch data-testid="incident-needs-school" />
      </Form.Item>
      {needsSchool && (
        <Form.Item
          name="schoolMatter"
          label={t('record.schoolMatter')}
          rules={[
            required('record.schoolMatter'),
            {
              max: INCIDENT_TEXT_MAX_LENGTH,
              message: t('record.textTooLong', { max: INCIDENT_TEXT_MAX_LENGTH }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={INCIDENT_TEXT_MAX_LENGTH}
            placeholder={t('record.schoolMatterPlaceholder')}
          />
        </Form.Item>
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="incident-submit">
          {t('incident.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
