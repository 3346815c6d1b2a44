import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { MutationForm } from '../../../components/form/MutationForm';
import { PastDateTimeItem } from '../../../components/form/PastDateTimeItem';
import { TextAreaItem } from '../../../components/form/TextAreaItem';
import { AddNoteDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { NOTE_FIELDS, NOTE_MAX_LENGTH } from '../incidentOptions';

interface AddNoteModalProps {
  student: { id: string; name: string };
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
  onAdded: () => void;
}

interface Values {
  occurredAt?: Dayjs;
  text: string;
}

/** 添加观察: a teacher's observation on the student's timeline — facts, not judgements. */
export function AddNoteModal({ idempotencyKey, onClose, student, onAdded }: AddNoteModalProps) {
  const { t } = useTranslation();
  const send = async (values: Values, key: string) => {
    const input = {
      studentId: student.id,
      ...(values.occurredAt ? { occurredAt: values.occurredAt.toISOString() } : {}),
      text: values.text.trim(),
      idempotencyKey: key,
    };
    return (await request(AddNoteDocument, { input })).addNote;
  };
  return (
    <FormModal
      title={t('note.title', { name: student.name })}
      idempotencyKey={idempotencyKey}
      onClose={onClose}
    >
      {(key) => (
        <MutationForm
          name="add-note"
          idempotencyKey={key}
          initialValues={{ occurredAt: dayjs(), text: '' }}
          send={send}
          saved={(payload) => payload.note}
          onSaved={onAdded}
          fieldByInput={NOTE_FIELDS}
          failure={{ title: t('record.failed'), testId: 'note-alert' }}
          submit={{ label: t('note.submit'), testId: 'note-submit' }}
          onCancel={onClose}
        >
          <PastDateTimeItem
            name="occurredAt"
            label={t('note.occurredAt')}
            futureMessage={t('incident.futureDate')}
          />
          <TextAreaItem
            name="text"
            label={t('note.text')}
            required
            maxLength={NOTE_MAX_LENGTH}
            rows={{ minRows: 3, maxRows: 8 }}
            showCount
            placeholder={t('note.textPlaceholder')}
          />
        </MutationForm>
      )}
    </FormModal>
  );
}
