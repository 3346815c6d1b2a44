import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { MutationForm } from '../../../components/form/MutationForm';
import { TextAreaItem } from '../../../components/form/TextAreaItem';
import { RetractContactDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { REASON_MAX_LENGTH } from '../contactOptions';

interface WithdrawContactModalProps {
  contactId: string;
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
  onWithdrawn: () => void;
}

interface Values {
  reason: string;
}

/**
 * 撤回: a withdrawn record stays on the timeline, struck through, and no longer counts; the
 * reason is required. The server decides who may (its refusal is shown here).
 */
export function WithdrawContactModal({
  contactId,
  idempotencyKey,
  onClose,
  onWithdrawn,
}: WithdrawContactModalProps) {
  const { t } = useTranslation();
  const send = async (values: Values, key: string) => {
    const input = { contactId, reason: values.reason.trim(), idempotencyKey: key };
    return (await request(RetractContactDocument, { input })).retractContact;
  };
  return (
    <FormModal title={t('withdraw.title')} idempotencyKey={idempotencyKey} onClose={onClose}>
      {(key) => (
        <MutationForm
          name="withdraw-contact"
          idempotencyKey={key}
          initialValues={{ reason: '' }}
          send={send}
          saved={(payload) => payload.contact}
          onSaved={onWithdrawn}
          fieldByInput={{ reason: 'reason' }}
          intro={<Alert type="warning" showIcon title={t('withdraw.warning')} style={{ marginBottom: 16 }} />}
          failure={{ title: t('withdraw.failed'), testId: 'withdraw-alert' }}
          submit={{ label: t('withdraw.confirm'), testId: 'withdraw-submit', danger: true }}
          onCancel={onClose}
        >
          <TextAreaItem
            name="reason"
            label={t('withdraw.reason')}
            required={t('withdraw.reasonRequired')}
            maxLength={REASON_MAX_LENGTH}
            rows={{ minRows: 2, maxRows: 6 }}
            placeholder={t('withdraw.reasonPlaceholder')}
          />
        </MutationForm>
      )}
    </FormModal>
  );
}
