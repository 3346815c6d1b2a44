import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import { EraseHouseholdDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';

export const REASON_MAX_LENGTH = 500;

export interface EraseHouseholdFormProps {
  householdId: string;
  /** One per opening of the form. */
  idempotencyKey: string;
  onErased: () => void;
  onCancel: () => void;
}

interface Values {
  reason: string;
}

/**
 * 删除家庭数据: a warning that cannot be missed, the family's reason (required), then
 * eraseHousehold. The server's refusals (RETENTION_NOT_OVER names the earliest date) stay
 * on screen.
 */
export function EraseHouseholdForm({
  householdId,
  idempotencyKey,
  onErased,
  onCancel,
}: EraseHouseholdFormProps) {
  const { t } = useTranslation();
  const send = async (values: Values, key: string) => {
    const input = { householdId, reason: values.reason.trim(), idempotencyKey: key };
    return (await request(EraseHouseholdDocument, { input })).eraseHousehold;
  };
  return (
    <MutationForm
      name="erase-household"
      idempotencyKey={idempotencyKey}
      initialValues={{ reason: '' }}
      send={send}
      saved={(payload) => payload.household}
      onSaved={onErased}
      fieldByInput={{ reason: 'reason' }}
      intro={
        <Alert
          type="warning"
          showIcon
          title={t('rights.eraseWarningTitle')}
          description={t('rights.eraseWarning')}
          style={{ marginBottom: 16 }}
        />
      }
      failure={{ title: t('rights.eraseFailed'), testId: 'erase-alert' }}
      submit={{ label: t('rights.eraseSubmit'), testId: 'erase-submit', danger: true }}
      onCancel={onCancel}
    >
      <Form.Item
        name="reason"
        label={t('rights.reason')}
        rules={[
          { required: true, whitespace: true, message: t('rights.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('rights.reasonTooLong', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={REASON_MAX_LENGTH}
          showCount
          placeholder={t('rights.reasonPlaceholder')}
        />
      </Form.Item>
    </MutationForm>
  );
}
