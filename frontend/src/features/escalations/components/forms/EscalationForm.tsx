import { Alert, Button, Flex, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../../lib/graphql/useSubmit';
import type { EscalationPayload } from '../../hooks/escalationMutations';
import { mapEscalationErrors } from '../../userErrors';

export interface EscalationFormProps<Values> {
  /** The form's name (ids of its fields: `<name>_<field>`). */
  name: string;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  /** Input field → form field, for the UserErrors. */
  fieldByInput: Readonly<Record<string, string>>;
  /** The output keys sent, in order (advance only). */
  outputKeys?: readonly string[];
  send: (values: Values) => Promise<EscalationPayload>;
  /** Done: the caller closes the form and reloads. */
  onDone: () => void;
  /** Someone else changed the escalation first (CONFLICT): the caller says so and reloads. */
  onConflict: () => void;
  onCancel: () => void;
  submitLabel: string;
  danger?: boolean;
  children: ReactNode;
}

/**
 * The frame every escalation form shares: sends once (a double click is ignored), puts each
 * UserError under its field or in the alert above, and hands CONFLICT to the caller.
 */
export function EscalationForm<Values extends object>({
  name,
  form,
  initialValues,
  fieldByInput,
  outputKeys,
  send,
  onDone,
  onConflict,
  onCancel,
  submitLabel,
  danger,
  children,
}: EscalationFormProps<Values>) {
  const { t } = useTranslation();
  const { submit, submitting } = useSubmit(send);
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit(values);
      if (!result) return;
      if (result.errors.some((error) => error.code === 'CONFLICT')) {
        onConflict();
        return;
      }
      if (result.errors.length > 0 || !result.escalation) {
        const { fields, general } = mapEscalationErrors(result.errors, fieldByInput, outputKeys);
        form.setFields(fields as Parameters<typeof form.setFields>[0]);
        setAlerts(general);
        return;
      }
      onDone();
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('escalation.action.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="escalation-form-alert"
        />
      )}
      {children}
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('escalation.form.cancel')}
        </Button>
        <Button
          type="primary"
          danger={danger}
          htmlType="submit"
          loading={submitting}
          data-testid={`${name}-submit`}
        >
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
