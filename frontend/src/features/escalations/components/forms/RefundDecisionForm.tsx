import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { approveRefund, reviewRefund } from '../../hooks/escalationMutations';
import { TEXT_MAX_LENGTH } from '../../lossReasons';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';

interface Values {
  approved?: boolean;
  note?: string;
}

interface RefundDecisionFormProps extends ActionFormProps {
  /** Finance's review, or the president's decision (after finance approved). */
  by: 'finance' | 'president';
}

/** 财务审核 / 总裁审批: approve or refuse the refund; refusing needs a reason. */
export function RefundDecisionForm({ escalation, idempotencyKey, by, ...props }: RefundDecisionFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refusing = Form.useWatch('approved', form) === false;
  const decide = by === 'finance' ? reviewRefund : approveRefund;
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name={by === 'finance' ? 'finance-review' : 'president-decision'}
      form={form}
      fieldByInput={{ approved: 'approved', note: 'note' }}
      send={(values) =>
        decide({
          ...versionRead(escalation, idempotencyKey),
          approved: values.approved!,
          note: values.note?.trim() || null,
        })
      }
      submitLabel={t('escalation.form.submit')}
      {...props}
    >
      <Form.Item
        name="approved"
        label={t('escalation.form.decision')}
        rules={[{ required: true, message: t('escalation.form.decisionRequired') }]}
      >
        <Radio.Group
          options={[
            { value: true, label: t('escalation.form.approve') },
            { value: false, label: t('escalation.form.refuse') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('escalation.form.note')}
        dependencies={['approved']}
        rules={[
          { required: refusing, whitespace: true, message: t('escalation.form.noteRequired') },
          { max: TEXT_MAX_LENGTH, message: t('escalation.form.tooLong', { max: TEXT_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TEXT_MAX_LENGTH} />
      </Form.Item>
    </EscalationForm>
  );
}
