import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form/FormModal';
import { MutationForm } from '../../../components/form/MutationForm';
import { CompleteObligationDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';

/** The longest note the server keeps with a task. */
export const COMPLETION_NOTE_MAX_LENGTH = 500;

/** The form field that shows a UserError, by the input field it names. */
const FIELDS: Record<string, string> = { note: 'note' };

interface CompleteTaskModalProps {
  /** The task to mark done (kept while the dialog closes). */
  task: { id: string; title: string } | null;
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
  onCompleted: () => void;
}

interface Values {
  note: string;
}

/**
 * 标记完成: paperwork no contact shows (a file received, a plan handed over) is marked done
 * with a note saying what was done; the note stays with the task.
 */
export function CompleteTaskModal({ task, idempotencyKey, onClose, onCompleted }: CompleteTaskModalProps) {
  const { t } = useTranslation();
  const send = async (values: Values, key: string) =>
    (
      await request(CompleteObligationDocument, {
        input: { obligationId: task?.id ?? '', note: values.note.trim(), idempotencyKey: key },
      })
    ).completeObligation;
  return (
    <FormModal
      title={t('tasks.completeTitle')}
      idempotencyKey={task ? idempotencyKey : null}
      onClose={onClose}
    >
      {(key) => (
        <MutationForm
          name="complete-task"
          idempotencyKey={key}
          initialValues={{ note: '' }}
          send={send}
          saved={(payload) => payload.obligation}
          onSaved={onCompleted}
          fieldByInput={FIELDS}
          failure={{ title: t('tasks.completeFailed'), testId: 'complete-task-alert' }}
          submit={{ label: t('tasks.submitComplete'), testId: 'complete-task-submit' }}
          onCancel={onClose}
          intro={
            <Typography.Paragraph strong data-testid="complete-task-title">
              {task?.title}
            </Typography.Paragraph>
          }
        >
          <Form.Item
            name="note"
            label={t('tasks.note')}
            extra={t('tasks.noteHelp')}
            rules={[
              { required: true, whitespace: true, message: t('tasks.noteRequired') },
              {
                max: COMPLETION_NOTE_MAX_LENGTH,
                message: t('tasks.noteTooLong', { max: COMPLETION_NOTE_MAX_LENGTH }),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={COMPLETION_NOTE_MAX_LENGTH}
              showCount
              data-testid="complete-task-note"
            />
          </Form.Item>
        </MutationForm>
      )}
    </FormModal>
  );
}
