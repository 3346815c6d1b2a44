import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { EraseHouseholdForm, type EraseHouseholdFormProps } from './EraseHouseholdForm';

interface EraseHouseholdModalProps extends Omit<EraseHouseholdFormProps, 'idempotencyKey' | 'onCancel'> {
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

/** The erase-household form in a modal; loaded on first use. */
export function EraseHouseholdModal({ idempotencyKey, onClose, ...formProps }: EraseHouseholdModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal title={t('rights.eraseTitle')} idempotencyKey={idempotencyKey} onClose={onClose}>
      {(key) => <EraseHouseholdForm {...formProps} idempotencyKey={key} onCancel={onClose} />}
    </FormModal>
  );
}
