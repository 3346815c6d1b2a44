import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import {
  RecordConsentDocument,
  type ConsentFieldsFragment,
  type ConsentPurpose,
  type GuardianRelation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { isFutureDay } from '../../../lib/pastTime';
import {
  CONSENT_FIELDS,
  CONSENT_PURPOSES,
  DEFAULT_RULES_VERSION,
  givenAtInstant,
  RULES_VERSION_MAX_LENGTH,
} from '../consentOptions';

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
  const required = (field: string) => ({
    required: true,
    message: t('consent.required', { field: t(field) }),
  });
  const send = async (values: Values, key: string) => {
    const input = {
      householdId,
      guardianId: values.guardianId!,
      purposes: values.purposes,
      rulesVersion: values.rulesVersion.trim(),
      givenAt: givenAtInstant(values.givenAt!, dayjs()).toISOString(),
      idempotencyKey: key,
    };
    return (await request(RecordConsentDocument, { input })).recordConsent;
  };

  return (
    <MutationForm
      name="record-consent"
      idempotencyKey={idempotencyKey}
      initialValues={{
        guardianId: guardians.length === 1 ? guardians[0].id : undefined,
        purposes: [],
        rulesVersion: DEFAULT_RULES_VERSION,
        givenAt: dayjs(),
      }}
      send={send}
      saved={(payload) => payload.consent}
      onSaved={onRecorded}
      fieldByInput={CONSENT_FIELDS}
      failure={{ title: t('consent.failed'), testId: 'consent-form-alert' }}
      submit={{ label: t('consent.submit'), testId: 'consent-submit' }}
      onCancel={onCancel}
    >
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
    </MutationForm>
  );
}
