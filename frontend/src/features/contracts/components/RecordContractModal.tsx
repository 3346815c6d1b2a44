import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
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
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('contracts.new')}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && (
        <RecordContractForm
          key={idempotencyKey}
          {...formProps}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
