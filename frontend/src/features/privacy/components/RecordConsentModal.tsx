import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
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
    <FormModal title={t('consent.title')} idempotencyKey={idempotencyKey} onClose={onClose}>
      {(key) => <RecordConsentForm {...formProps} idempotencyKey={key} onCancel={onClose} />}
    </FormModal>
  );
}
