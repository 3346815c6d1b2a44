import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
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
    <FormModal title={t('meetings.record')} idempotencyKey={idempotencyKey} onClose={onClose} width={640}>
      {(key) => <RecordMeetingForm {...formProps} idempotencyKey={key} onCancel={onClose} />}
    </FormModal>
  );
}
