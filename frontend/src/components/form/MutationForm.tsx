import { Button, Flex, Form, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../lib/graphql/useSubmit';
import { sortUserErrors, type UserError } from '../../lib/graphql/userErrors';
import { FailureAlert } from './FailureAlert';

/** What every mutation answers: what it refused, if anything (plus what it changed). */
export interface MutationPayload {
  readonly errors: readonly UserError[];
}

/** A form field's name as setFields takes it. */
type FieldName<Values> = Parameters<FormInstance<Values>['setFields']>[0][number]['name'];

/** The server's UserErrors sorted for the form: under the fields they name, or in the alert. */
export interface PlacedUserErrors {
  fields: { name: string | (string | number)[]; errors: string[] }[];
  general: string[];
}

function placeByInput(
  errors: readonly UserError[],
  fieldByInput: Readonly<Record<string, string>>,
): PlacedUserErrors {
  const { byField, general } = sortUserErrors(errors, fieldByInput);
  return { fields: Object.entries(byField).map(([name, messages]) => ({ name, errors: messages })), general };
}

export interface MutationFormProps<Values, Payload extends MutationPayload, Saved> {
  /** The form's name; its fields' ids derive from it. */
  name: string;
  /** One per opening of the form: a retry or double submit changes things once. */
  idempotencyKey: string;
  initialValues?: Partial<Values>;
  /** For fields that need the instance (watching a value); the form makes its own otherwise. */
  form?: FormInstance<Values>;
  /** Sends the mutation (one at a time: a second submit while one runs is ignored). */
  send: (values: Values, idempotencyKey: string) => Promise<Payload>;
  /** What the payload says was saved; missing when the server refused. */
  saved: (payload: Payload) => Saved | null | undefined;
  onSaved: (saved: Saved) => void;
  /** Looks at the payload first; true when it dealt with it (the form then shows nothing). */
  preempt?: (payload: Payload) => boolean;
  /** The form field that shows a UserError, by the input field it names (see sortUserErrors). */
  fieldByInput: Readonly<Record<string, string>>;
  /** For forms with nested fields: places the UserErrors itself (instead of by `fieldByInput`). */
  placeErrors?: (errors: readonly UserError[]) => PlacedUserErrors;
  /** The form fields the server's UserErrors were put on (to open the sections that hold them). */
  onFieldErrors?: (fields: string[]) => void;
  onFinishFailed?: FormProps<Values>['onFinishFailed'];
  onValuesChange?: FormProps<Values>['onValuesChange'];
  /** The alert above the form when the server refused or the request failed. */
  failure: { title: string; testId: string };
  submit: { label: string; testId: string; danger?: boolean };
  onCancel: () => void;
  /** Shown above the failure alert (a warning, a hint). */
  intro?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * A mutation's form: disabled and the button spinning while it is sent; the server's UserErrors
 * under the fields they name, the others (and a failed request) in the alert above; `onSaved`
 * once the server accepted it. The idempotency key goes with every attempt.
 */
export function MutationForm<Values, Payload extends MutationPayload, Saved>(
  props: MutationFormProps<Values, Payload, Saved>,
) {
  const { name, idempotencyKey, send, saved, onSaved, preempt, fieldByInput, placeErrors, onFieldErrors } =
    props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>(props.form);
  const { submit, submitting } = useSubmit(send);
  const [alerts, setAlerts] = useState<string[]>([]);

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const payload = await submit(values, idempotencyKey);
      if (!payload || preempt?.(payload)) return;
      const result = saved(payload);
      if (payload.errors.length > 0 || !result) {
        const { fields, general } = placeErrors
          ? placeErrors(payload.errors)
          : placeByInput(payload.errors, fieldByInput);
        form.setFields(
          fields.map(({ name: field, errors }) => ({ name: field as FieldName<Values>, errors })),
        );
        onFieldErrors?.(fields.map(({ name: field }) => String(Array.isArray(field) ? field[0] : field)));
        setAlerts(general);
        return;
      }
      onSaved(result);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name={name}
      initialValues={props.initialValues}
      onFinish={onFinish}
      onFinishFailed={props.onFinishFailed}
      onValuesChange={props.onValuesChange}
      disabled={submitting}
    >
      {props.intro}
      <FailureAlert title={props.failure.title} messages={alerts} testId={props.failure.testId} />
      {props.children}
      <Flex justify="end" gap={8}>
        {/* Cancel stays usable while the form is disabled. */}
        <Button onClick={props.onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button
          type="primary"
          danger={props.submit.danger}
          htmlType="submit"
          loading={submitting}
          data-testid={props.submit.testId}
        >
          {props.submit.label}
        </Button>
      </Flex>
    </Form>
  );
}
