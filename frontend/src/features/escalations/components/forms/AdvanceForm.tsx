import { Alert, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LossReason } from '../../../../gql/graphql';
import type { StepRule } from '../../chain';
import { advanceEscalation } from '../../hooks/escalationMutations';
import { TEXT_MAX_LENGTH } from '../../lossReasons';
import { outputLabel } from '../../outputs';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';
import { LossReasonPicker } from './LossReasonPicker';
import { requiredText } from './textRules';

interface Values {
  outputs: Record<string, string>;
  lossReasons?: LossReason[];
}

interface AdvanceFormProps extends ActionFormProps {
  /** The step it passes to. */
  next: StepRule | undefined;
}

/**
 * 上报下一步: a deliberate act, with one textarea per output the current step requires
 * (prefilled with what was written so far) and, on the retention chain, reasons for losing
 * the family to add to those tagged. Sends the step it advances from, so an escalation that moved on in the
 * meantime is not advanced twice.
 */
export function AdvanceForm({ escalation, idempotencyKey, next, ...props }: AdvanceFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = escalation.currentStep!;
  const keys = step.requiredOutputs;
  const written = escalation.steps.find((s) => s.key === step.key && !s.endedAt)?.outputs ?? [];
  const retention = escalation.kind === 'RETENTION';
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name="advance"
      form={form}
      initialValues={{
        outputs: Object.fromEntries(
          keys.map((key) => [key, written.find((o) => o.key === key)?.value ?? '']),
        ),
        lossReasons: [],
      }}
      fieldByInput={{ lossReasons: 'lossReasons' }}
      outputKeys={keys}
      send={(values) =>
        advanceEscalation({
          ...versionRead(escalation, idempotencyKey),
          fromStep: step.key,
          outputs: keys.map((key) => ({ key, value: (values.outputs?.[key] ?? '').trim() })),
          ...(retention ? { lossReasons: values.lossReasons ?? [] } : {}),
        })
      }
      submitLabel={t('escalation.action.advance')}
      {...props}
    >
      {next && (
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('escalation.form.advanceTitle', { next: next.name })}
        </Typography.Title>
      )}
      <Alert
        type="warning"
        showIcon
        title={t('escalation.form.advanceHint', { step: step.name })}
        style={{ marginBottom: 16 }}
      />
      {keys.length === 0 && (
        <Typography.Paragraph type="secondary">{t('escalation.form.noOutputsRequired')}</Typography.Paragraph>
      )}
      {keys.map((key) => (
        <Form.Item
          key={key}
          name={['outputs', key]}
          label={outputLabel(t, key)}
          rules={requiredText(t, outputLabel(t, key))}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX_LENGTH} />
        </Form.Item>
      ))}
      {retention && (
        <Form.Item
          name="lossReasons"
          label={t('escalation.form.reasonsOnTheWay')}
          extra={t('escalation.form.reasonsOnTheWayHelp')}
        >
          <LossReasonPicker />
        </Form.Item>
      )}
    </EscalationForm>
  );
}
