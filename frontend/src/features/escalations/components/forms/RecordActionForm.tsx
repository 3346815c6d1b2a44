import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { recordEscalationAction } from '../../hooks/escalationMutations';
import { TEXT_MAX_LENGTH } from '../../lossReasons';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';
import { requiredText } from './textRules';

interface Values {
  text: string;
}

/** 记录处理: what was done during the current step and how it went. */
export function RecordActionForm({ escalation, idempotencyKey, ...props }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name="record-action"
      form={form}
      fieldByInput={{ text: 'text' }}
      send={(values) =>
        recordEscalationAction({ ...versionRead(escalation, idempotencyKey), text: values.text.trim() })
      }
      submitLabel={t('escalation.form.submit')}
      {...props}
    >
      <Form.Item
        name="text"
        label={t('escalation.form.text')}
        rules={requiredText(t, t('escalation.form.text'))}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={TEXT_MAX_LENGTH}
          placeholder={t('escalation.form.textPlaceholder')}
        />
      </Form.Item>
    </EscalationForm>
  );
}
