import { DatePicker, Form, Input, Select, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RefundContractsDocument, type RefundContractsQuery } from '../../../../gql/graphql';
import { request } from '../../../../lib/graphql/client';
import { useQuery } from '../../../../lib/graphql/useQuery';
import { applyForRefund } from '../../hooks/escalationMutations';
import { APPLICANT_NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../../lossReasons';
import { EscalationForm } from './EscalationForm';
import { versionRead, type ActionFormProps } from './forms';
import { requiredText } from './textRules';

interface Values {
  contractId?: string;
  applicantName: string;
  appliedOn?: Dayjs;
  reason: string;
}

const DAY = 'YYYY-MM-DD';

/**
 * 登记退费申请: the family's written application as written on paper (name, date, reason)
 * and the contract to refund, picked from the student's contracts (newest first).
 */
export function RefundApplicationForm(props: ActionFormProps) {
  // Those who record the application see the student; finance never gets here.
  const studentId = props.escalation.student?.id ?? '';
  const contracts = useQuery(
    () => request(RefundContractsDocument, { id: studentId }),
    `contracts:${studentId}`,
  );
  if (contracts.loading && !contracts.data) return <Spin />;
  return <ApplicationForm contracts={contracts.data?.student?.contracts ?? []} {...props} />;
}

type Contract = NonNullable<RefundContractsQuery['student']>['contracts'][number];

function ApplicationForm({
  escalation,
  idempotencyKey,
  contracts,
  ...props
}: ActionFormProps & { contracts: readonly Contract[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const options = contracts.map((contract) => ({
    value: contract.id,
    label: `${t('escalation.detail.contractLabel', {
      date: contract.signedOn,
      subjects: contract.subjects.join('、'),
    })} (${contract.lessonsGiven}/${contract.lessonsBought})`,
  }));
  return (
    <EscalationForm<Values>
      idempotencyKey={idempotencyKey}
      name="apply-refund"
      form={form}
      initialValues={{
        contractId: contracts[0]?.id,
        applicantName: '',
        appliedOn: dayjs(),
        reason: '',
      }}
      fieldByInput={{
        contractId: 'contractId',
        applicantName: 'applicantName',
        appliedOn: 'appliedOn',
        reason: 'reason',
      }}
      send={(values) =>
        applyForRefund({
          ...versionRead(escalation, idempotencyKey),
          contractId: values.contractId!,
          applicantName: values.applicantName.trim(),
          appliedOn: values.appliedOn!.format(DAY),
          reason: values.reason.trim(),
        })
      }
      submitLabel={t('escalation.form.submit')}
      {...props}
    >
      <Form.Item
        name="contractId"
        label={t('escalation.form.contract')}
        rules={[{ required: true, message: t('escalation.form.contractRequired') }]}
      >
        <Select
          options={options}
          notFoundContent={t('escalation.form.noContracts')}
          placeholder={t('escalation.form.contract')}
        />
      </Form.Item>
      <Form.Item
        name="applicantName"
        label={t('escalation.form.applicantName')}
        rules={requiredText(t, t('escalation.form.applicantName'), APPLICANT_NAME_MAX_LENGTH)}
      >
        <Input maxLength={APPLICANT_NAME_MAX_LENGTH} />
      </Form.Item>
      <Form.Item
        name="appliedOn"
        label={t('escalation.form.appliedOn')}
        rules={[
          {
            required: true,
            message: t('escalation.form.required', { field: t('escalation.form.appliedOn') }),
          },
          {
            validator: async (_, value?: Dayjs) => {
              if (value && value.isAfter(dayjs(), 'day'))
                throw new Error(t('escalation.form.appliedOnFuture'));
            },
          },
        ]}
      >
        <DatePicker
          format={DAY}
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('escalation.form.refundReason')}
        rules={requiredText(t, t('escalation.form.refundReason'))}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={TEXT_MAX_LENGTH} />
      </Form.Item>
    </EscalationForm>
  );
}
