import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LossReason } from '../../../../gql/graphql';
import { tagLossReasons } from '../../hooks/escalationMutations';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';
import { LossReasonPicker } from './LossReasonPicker';

interface Values {
  reasons: LossReason[];
}

/** 标记流失原因: the reasons tagged so far, replaced by the ones chosen. */
export function LossReasonsForm({ escalation, idempotencyKey, ...props }: ActionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name="tag-reasons"
      form={form}
      initialValues={{ reasons: [...escalation.lossReasons] }}
      fieldByInput={{ reasons: 'reasons' }}
      send={(values) =>
        tagLossReasons({ ...versionRead(escalation, idempotencyKey), reasons: values.reasons ?? [] })
      }
      submitLabel={t('escalation.form.submit')}
      {...props}
    >
      <Form.Item name="reasons" label={t('escalation.form.reasons')} extra={t('escalation.form.reasonsHelp')}>
        <LossReasonPicker />
      </Form.Item>
    </EscalationForm>
  );
}
