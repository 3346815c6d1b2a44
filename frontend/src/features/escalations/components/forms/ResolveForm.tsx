import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { resolveEscalation } from '../../hooks/escalationMutations';
import { TEXT_MAX_LENGTH } from '../../lossReasons';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';
import { requiredText } from './textRules';

interface Values {
  outcome: string;
}

/** 解决并结案: the family stays or the matter is settled; the outcome is written down. */
export function ResolveForm({ escalation, idempotencyKey, ...props }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name="resolve"
      form={form}
      fieldByInput={{ outcome: 'outcome' }}
      send={(values) =>
        resolveEscalation({ ...versionRead(escalation, idempotencyKey), outcome: values.outcome.trim() })
      }
      submitLabel={t('escalation.action.resolve')}
      {...props}
    >
      <Alert type="info" showIcon title={t('escalation.form.resolveHint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="outcome"
        label={t('escalation.form.outcome')}
        rules={requiredText(t, t('escalation.form.outcome'))}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={TEXT_MAX_LENGTH}
          placeholder={t('escalation.form.outcomePlaceholder')}
        />
      </Form.Item>
    </EscalationForm>
  );
}
