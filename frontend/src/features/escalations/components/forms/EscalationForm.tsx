import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../../components/form/MutationForm';
import type { EscalationPayload } from '../../hooks/escalationMutations';
import { mapEscalationErrors } from '../../userErrors';

export interface EscalationFormProps<Values> {
  /** The form's name (ids of its fields: `<name>_<field>`). */
  name: string;
  /** One per opening of the form (the `send` closure puts it into the input). */
  idempotencyKey: string;
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
 * The frame every escalation form shares: a MutationForm whose UserErrors may name an output
 * (outputs[i]), and which hands CONFLICT to the caller instead of showing it.
 */
export function EscalationForm<Values extends object>({
  name,
  idempotencyKey,
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
  return (
    <MutationForm<Values, EscalationPayload, NonNullable<EscalationPayload['escalation']>>
      name={name}
      idempotencyKey={idempotencyKey}
      form={form}
      initialValues={initialValues}
      send={(values) => send(values)}
      saved={(payload) => payload.escalation}
      onSaved={() => onDone()}
      preempt={(payload) => {
        if (!payload.errors.some((error) => error.code === 'CONFLICT')) return false;
        onConflict();
        return true;
      }}
      fieldByInput={fieldByInput}
      placeErrors={(errors) => mapEscalationErrors(errors, fieldByInput, outputKeys)}
      failure={{ title: t('escalation.action.failed'), testId: 'escalation-form-alert' }}
      submit={{ label: submitLabel, testId: `${name}-submit`, danger }}
      onCancel={onCancel}
    >
      {children}
    </MutationForm>
  );
}
