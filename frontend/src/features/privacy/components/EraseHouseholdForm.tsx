import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { useEraseHousehold } from '../hooks/useEraseHousehold';

export const REASON_MAX_LENGTH = 500;

export interface EraseHouseholdFormProps {
  householdId: string;
  /** One per opening of the form. */
  idempotencyKey: string;
  onErased: () => void;
  onCancel: () => void;
}

interface Values {
  reason: string;
}

/**
 * 删除家庭数据: a warning that cannot be missed, the family's reason (required), then
 * eraseHousehold. The server's refusals (RETENTION_NOT_OVER names the earliest date) stay
 * on screen.
 */
export function EraseHouseholdForm({
  householdId,
  idempotencyKey,
  onErased,
  onCancel,
}: EraseHouseholdFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, submitting } = useEraseHousehold();
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({ householdId, reason: values.reason.trim(), idempotencyKey });
      if (!result) return;
      if (result.errors.length > 0 || !result.household) {
        const { byField, general } = sortUserErrors(result.errors, { reason: 'reason' });
        if (byField.reason) form.setFields([{ name: 'reason', errors: byField.reason }]);
        setAlerts(general);
        return;
      }
      onErased();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="erase-household"
      initialValues={{ reason: '' }}
      onFinish={onFinish}
      disabled={submitting}
    >
      <Alert
        type="warning"
        showIcon
        title={t('rights.eraseWarningTitle')}
        description={t('rights.eraseWarning')}
        style={{ marginBottom: 16 }}
      />
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('rights.eraseFailed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="erase-alert"
        />
      )}
      <Form.Item
        name="reason"
        label={t('rights.reason')}
        rules={[
          { required: true, whitespace: true, message: t('rights.reasonRequired') },
          { max: REASON_MAX_LENGTH, message: t('rights.reasonTooLong', { max: REASON_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={REASON_MAX_LENGTH}
          showCount
          placeholder={t('rights.reasonPlaceholder')}
        />
      </Form.Item>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" danger htmlType="submit" loading={submitting} data-testid="erase-submit">
          {t('rights.eraseSubmit')}
        </Button>
      </Flex>
    </Form>
  );
}
