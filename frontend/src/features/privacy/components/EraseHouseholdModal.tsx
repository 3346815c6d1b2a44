import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
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
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('rights.eraseTitle')}
      footer={null}
      destroyOnHidden
      maskClosable={false}
    >
      {idempotencyKey && (
        <EraseHouseholdForm
          key={idempotencyKey}
          {...formProps}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
