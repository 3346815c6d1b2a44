import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordConsentForm, type RecordConsentFormProps } from './RecordConsentForm';

interface RecordConsentModalProps extends Omit<RecordConsentFormProps, 'idempotencyKey' | 'onCancel'> {
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

/** The record-consent form in a modal; loaded on first use. */
export function RecordConsentModal({ idempotencyKey, onClose, ...formProps }: RecordConsentModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('consent.title')}
      footer={null}
      destroyOnHidden
      maskClosable={false}
    >
      {idempotencyKey && (
        <RecordConsentForm
          key={idempotencyKey}
          {...formProps}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
