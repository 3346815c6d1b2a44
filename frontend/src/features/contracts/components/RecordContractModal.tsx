import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { RecordContractForm, type RecordContractFormProps } from './RecordContractForm';

interface RecordContractModalProps extends Omit<RecordContractFormProps, 'idempotencyKey' | 'onCancel'> {
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

/** The new-contract form in a modal; loaded on first use. */
export function RecordContractModal({ idempotencyKey, onClose, ...formProps }: RecordContractModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal title={t('contracts.new')} idempotencyKey={idempotencyKey} onClose={onClose}>
      {(key) => <RecordContractForm {...formProps} idempotencyKey={key} onCancel={onClose} />}
    </FormModal>
  );
}
