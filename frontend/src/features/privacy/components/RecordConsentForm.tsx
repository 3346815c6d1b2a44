import { Alert, Button, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentFieldsFragment, ConsentPurpose, GuardianRelation } from '../../../gql/graphql';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { isFutureDay } from '../../contacts/validation';
import {
  CONSENT_FIELDS,
  CONSENT_PURPOSES,
  DEFAULT_RULES_VERSION,
  givenAtInstant,
  RULES_VERSION_MAX_LENGTH,
} from '../consentOptions';
import { useRecordConsent } from '../hooks/useRecordConsent';

export interface RecordConsentFormProps {
  householdId: string;
  guardians: ReadonlyArray<{ id: string; name: string; relation: GuardianRelation }>;
  /** One per opening of the form: a retry or double submit never records twice. */
  idempotencyKey: string;
  onRecorded: (consent: ConsentFieldsFragment) => void;
  onCancel: () => void;
}

interface Values {
  guardianId?: string;
  purposes: ConsentPurpose[];
  rulesVersion: string;
  givenAt?: Dayjs;
}

/** 记录授权: which guardian agreed to what, under which version of the rules, on which day. */
export function RecordConsentForm(props: RecordConsentFormProps) {
  const { householdId, guardians, idempotencyKey, onRecorded, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useRecordConsent();
  const [alerts, setAlerts] = useState<string[]>([]);
  const required = (field: string) => ({
    required: true,
    message: t('consent.required', { field: t(field) }),
  });

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({
        householdId,
        guardianId: values.guardianId!,
        purposes: values.purposes,
        rulesVersion: values.rulesVersion.trim(),
        givenAt: givenAtInstant(values.givenAt!, dayjs()).toISOString(),
        idempotencyKey,
      });
      if (!result) return;
      if (result.errors.length > 0 || !result.consent) {
        const { byField, general } = sortUserErrors(result.errors, CONSENT_FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      onRecorded(result.consent);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="record-consent"
      initialValues={{
        guardianId: guardians.length === 1 ? guardians[0].id : undefined,
        purposes: [],
        rulesVersion: DEFAULT_RULES_VERSION,
        givenAt: dayjs(),
      }}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('consent.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="consent-form-alert"
        />
      )}
      <Form.Item name="guardianId" label={t('consent.guardian')} rules={[required('consent.guardian')]}>
        <Select
          placeholder={t('consent.guardian')}
          options={guardians.map((g) => ({
            value: g.id,
            label: `${g.name}（${t(`relation.${g.relation}`)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="purposes"
        label={t('consent.purposes')}
        rules={[{ type: 'array', required: true, min: 1, message: t('consent.purposesRequired') }]}
      >
        <Checkbox.Group
          options={CONSENT_PURPOSES.map((value) => ({ value, label: t(`consentPurpose.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="rulesVersion"
        label={t('consent.rulesVersion')}
        extra={t('consent.rulesVersionHelp')}
        rules={[
          { ...required('consent.rulesVersion'), whitespace: true },
          { max: RULES_VERSION_MAX_LENGTH, message: t('consent.tooLong', { max: RULES_VERSION_MAX_LENGTH }) },
        ]}
      >
        <Input maxLength={RULES_VERSION_MAX_LENGTH} />
      </Form.Item>
      <Form.Item name="givenAt" label={t('consent.givenAt')} rules={[required('consent.givenAt')]}>
        <DatePicker disabledDate={(current) => isFutureDay(current, dayjs())} style={{ width: '100%' }} />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="consent-submit">
          {t('consent.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
