import { Alert, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX_LENGTH } from '../contactOptions';
import { useRetractContact } from '../hooks/useRetractContact';

interface WithdrawContactModalProps {
  contactId: string;
  /** Set while open: a fresh key each time the modal opens. */
  idempotencyKey: string | null;
  onClose: () => void;
  onWithdrawn: () => void;
}

interface Values {
  reason: string;
}

/**
 * 撤回: a withdrawn record stays on the timeline, struck through, and no longer counts; the
 * reason is required. The server decides who may (its refusal is shown here).
 */
export function WithdrawContactModal({
  contactId,
  idempotencyKey,
  onClose,
  onWithdrawn,
}: WithdrawContactModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('withdraw.title')}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && (
        <WithdrawContactForm
          key={idempotencyKey}
          contactId={contactId}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
          onWithdrawn={onWithdrawn}
        />
      )}
    </Modal>
  );
}

function WithdrawContactForm({
  contactId,
  idempotencyKey,
  onCancel,
  onWithdrawn,
}: {
  contactId: string;
  idempotencyKey: string;
  onCancel: () => void;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useRetractContact();
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({ contactId, reason: values.reason.trim(), idempotencyKey });
      if (!result) return;
      if (result.errors.length > 0 || !result.contact) {
        const reasonErrors = result.errors.filter((e) => e.field[1] === 'reason').map((e) => e.message);
        if (reasonErrors.length > 0) form.setFields([{ name: 'reason', errors: reasonErrors }]);
        setAlerts(result.errors.filter((e) => e.field[1] !== 'reason').map((e) => e.message));
        return;
      }
      onWithdrawn();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="withdraw-contact"
      initialValues={{ reason: '' }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Alert type="warning" showIcon title={t('withdraw.warning')} style={{ marginBottom: 16 }} />
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('withdraw.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="withdraw-alert"
        />
      )}
      <Form.Item
        name="reason"
        label={t('withdraw.reason')}
        rules={[
          { required: true, whitespace: true, message: t('withdraw.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('record.textTooLong', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={REASON_MAX_LENGTH}
          placeholder={t('withdraw.reasonPlaceholder')}
        />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" danger htmlType="submit" loading={submitting} data-testid="withdraw-submit">
          {t('withdraw.confirm')}
        </Button>
      </Flex>
    </Form>
  );
}
