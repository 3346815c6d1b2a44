import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordMeetingForm, type RecordMeetingFormProps } from './RecordMeetingForm';

interface RecordMeetingModalProps extends Omit<RecordMeetingFormProps, 'idempotencyKey' | 'onCancel'> {
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

/** The record-meeting form in a modal; loaded on first use. */
export default function RecordMeetingModal({
  idempotencyKey,
  onClose,
  ...formProps
}: RecordMeetingModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('meetings.record')}
      footer={null}
      destroyOnHidden
      maskClosable={false}
      width={640}
    >
      {idempotencyKey && (
        <RecordMeetingForm
          key={idempotencyKey}
          {...formProps}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
