import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactForm, ContactKind, GuardianRelation } from '../../../gql/graphql';
import { CONTACT_FORMS, CONTACT_KINDS, SUMMARY_MAX_LENGTH } from '../contactOptions';
import { needsAnalysis, type RecordDefaults } from '../recordDefaults';
import { useRecordContact, type RecordContactResult } from '../hooks/useRecordContact';
import { sortUserErrors } from '../userErrors';
import { isFutureDay, isInFuture } from '../validation';

export interface RecordContactFormProps {
  student: { id: string; name: string };
  guardians: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  /** Other children of the household the caller may see; the contact can cover them too. */
  siblings: ReadonlyArray<{ id: string; name: string }>;
  /** One per opening of the form: a retry or double submit never records twice. */
  idempotencyKey: string;
  onRecorded: (contact: NonNullable<RecordContactResult['contact']>) => void;
  onCancel: () => void;
  /** Starting values when a task opened the form (kind, form, the incident answered). */
  defaults?: RecordDefaults;
}

interface Values {
  form?: ContactForm;
  kind: ContactKind;
  occurredAt?: Dayjs;
  guardianIdsMet?: string[];
  siblingIds?: string[];
  summary: string;
  analysis?: string;
  countermeasure?: string;
}

/** 记录联系: how, why, when, with whom, and what was said. */
export function RecordContactForm(props: RecordContactFormProps) {
  const { student, guardians, siblings, idempotencyKey, onRecorded, onCancel, defaults } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useRecordContact();
  const [alerts, setAlerts] = useState<string[]>([]);
  const inFlight = useRef(false);
  const analysisNeeded = needsAnalysis(Form.useWatch('form', form), Form.useWatch('kind', form));
  const required = (field: string) => ({
    required: true,
    message: t('record.required', { field: t(field) }),
  });

  const onFinish = async (values: Values) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setAlerts([]);
    try {
      const result = await submit({
        // Fields not shown (no siblings, no guardians) are absent from `values`.
        studentIds: [student.id, ...(values.siblingIds ?? [])],
        form: values.form!,
        kind: values.kind,
        occurredAt: values.occurredAt!.toISOString(),
        guardianIdsMet: values.guardianIdsMet ?? [],
        summary: values.summary.trim(),
        // Sent only when given: the server's rule says when they are required.
        ...(values.analysis?.trim() ? { analysis: values.analysis.trim() } : {}),
        ...(values.countermeasure?.trim() ? { countermeasure: values.countermeasure.trim() } : {}),
        ...(defaults?.answersIncidentId ? { answersIncidentId: defaults.answersIncidentId } : {}),
        idempotencyKey,
      });
      if (result.errors.length > 0 || !result.contact) {
        const { byField, general } = sortUserErrors(result.errors);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general.length > 0 || result.errors.length === 0 ? general : []);
        return;
      }
      onRecorded(result.contact);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="record-contact"
      initialValues={{
        kind: defaults?.kind ?? 'ROUTINE',
        form: defaults?.form,
        occurredAt: dayjs(),
        guardianIdsMet: [],
        siblingIds: [],
        summary: '',
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
          data-testid="record-alert"
        />
      )}
      <Form.Item name="form" label={t('record.form')} rules={[required('record.form')]}>
        <Select
          placeholder={t('record.form')}
          options={CONTACT_FORMS.map((value) => ({ value, label: t(`contactForm.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('record.kind')} rules={[required('record.kind')]}>
        <Radio.Group
          optionType="button"
          options={CONTACT_KINDS.map((value) => ({ value, label: t(`contactKind.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="occurredAt"
        label={t('record.occurredAt')}
        rules={[
          required('record.occurredAt'),
          {
            validator: async (_, value?: Dayjs) => {
              if (isInFuture(value, dayjs())) throw new Error(t('record.futureDate'));
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
      <Form.Item name="guardianIdsMet" label={t('record.guardiansMet')}>
        {guardians.length > 0 ? (
          <Checkbox.Group
            options={guardians.map((g) => ({
              value: g.id,
              label: `${g.name}（${t(`relation.${g.relation}`)}）`,
            }))}
          />
        ) : (
          <span>{t('record.noGuardians')}</span>
        )}
      </Form.Item>
      {siblings.length > 0 && (
        <Form.Item name="siblingIds" label={t('record.siblings')}>
          <Checkbox.Group options={siblings.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="summary"
        label={t('record.summary')}
        rules={[
          { ...required('record.summary'), whitespace: true },
          { max: SUMMARY_MAX_LENGTH, message: t('record.tooLong', { max: SUMMARY_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          rows={6}
          maxLength={SUMMARY_MAX_LENGTH}
          showCount
          placeholder={t('record.summaryPlaceholder')}
        />
      </Form.Item>
      {analysisNeeded && (
        <>
          <Form.Item name="analysis" label={t('record.analysis')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="countermeasure" label={t('record.countermeasure')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </>
      )}
      {defaults?.answersIncidentId && (
        <Alert type="info" showIcon title={t('record.answersIncident')} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="record-submit">
          {t('record.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
