import { Alert, Button, DatePicker, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { isFutureDay, isInFuture } from '../../contacts/validation';
import { useAddNote } from '../hooks/useAddNote';
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
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('note.title', { name: student.name })}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && (
        <AddNoteForm
          key={idempotencyKey}
          studentId={student.id}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
          onAdded={onAdded}
        />
      )}
    </Modal>
  );
}

function AddNoteForm({
  studentId,
  idempotencyKey,
  onCancel,
  onAdded,
}: {
  studentId: string;
  idempotencyKey: string;
  onCancel: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useAddNote();
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({
        studentId,
        ...(values.occurredAt ? { occurredAt: values.occurredAt.toISOString() } : {}),
        text: values.text.trim(),
        idempotencyKey,
      });
      if (!result) return;
      if (result.errors.length > 0 || !result.note) {
        const { byField, general } = sortUserErrors(result.errors, NOTE_FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      onAdded();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="add-note"
      initialValues={{ occurredAt: dayjs(), text: '' }}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('record.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="note-alert"
        />
      )}
      <Form.Item
        name="occurredAt"
        label={t('note.occurredAt')}
        rules={[
          {
            validator: async (_, value?: Dayjs) => {
              if (isInFuture(value, dayjs())) throw new Error(t('incident.futureDate'));
            },
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(current) => isFutureDay(current, dayjs())}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('note.text')}
        rules={[
          { required: true, whitespace: true, message: t('record.required', { field: t('note.text') }) },
          { max: NOTE_MAX_LENGTH, message: t('record.textTooLong', { max: NOTE_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={NOTE_MAX_LENGTH}
          showCount
          placeholder={t('note.textPlaceholder')}
        />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="note-submit">
          {t('note.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
