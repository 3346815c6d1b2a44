import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { useCompleteObligation } from '../hooks/useCompleteObligation';

/** The longest note the server keeps with a task. */
export const COMPLETION_NOTE_MAX_LENGTH = 500;

/** The input fields a UserError may name, by the form's field. */
const FIELDS: Record<string, string> = { note: 'note' };

interface CompleteTaskModalProps {
  /** The task to mark done; null while closed. */
  task: { id: string; title: string } | null;
  /** A fresh key each time the modal opens. */
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
  const open = task !== null && idempotencyKey !== null;
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('tasks.completeTitle')}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {open && (
        <CompleteTaskForm
          key={idempotencyKey}
          task={task}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
          onCompleted={onCompleted}
        />
      )}
    </Modal>
  );
}

function CompleteTaskForm({
  task,
  idempotencyKey,
  onCancel,
  onCompleted,
}: {
  task: { id: string; title: string };
  idempotencyKey: string;
  onCancel: () => void;
  onCompleted: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useCompleteObligation();
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({ obligationId: task.id, note: values.note.trim(), idempotencyKey });
      if (!result) return;
      if (result.errors.length > 0 || !result.obligation) {
        const { byField, general } = sortUserErrors(result.errors, FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      onCompleted();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="complete-task"
      initialValues={{ note: '' }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Typography.Paragraph strong data-testid="complete-task-title">
        {task.title}
      </Typography.Paragraph>
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('tasks.completeFailed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="complete-task-alert"
        />
      )}
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
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="complete-task-submit">
          {t('tasks.submitComplete')}
        </Button>
      </Flex>
    </Form>
  );
}
