import { Alert, Empty, Form, Input, Radio, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/form/FormModal';
import { MutationForm } from '../../../components/form/MutationForm';
import { PastDateTimeItem } from '../../../components/form/PastDateTimeItem';
import type { EscalationChainKind } from '../../../gql/graphql';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isTutoringStaff } from '../../viewer/roles';
import { availableChains, chainOf } from '../chain';
import { openEscalation, type EscalationPayload } from '../hooks/escalationMutations';
import { useEscalationChains } from '../hooks/useEscalationChains';
import '../i18n';
import { MATTER_MAX_LENGTH } from '../lossReasons';
import { requiredText } from './forms/textRules';

interface OpenEscalationModalProps {
  student: { id: string; name: string };
  /** Set while open: a fresh key each time the dialog opens. */
  idempotencyKey: string | null;
  onClose: () => void;
}

interface Values {
  kind: EscalationChainKind;
  matter: string;
  /** When the matter was noticed, if before now: the first step's deadline runs from then. */
  noticedAt?: Dayjs | null;
}

/**
 * 发起升级: opens an escalation about the student on one of the school's chains, then shows
 * it. The server puts it on the student's timeline.
 */
export function OpenEscalationModal({ student, idempotencyKey, onClose }: OpenEscalationModalProps) {
  const { t } = useTranslation();
  return (
    <FormModal
      title={t('escalation.open.title', { name: student.name })}
      idempotencyKey={idempotencyKey}
      onClose={onClose}
    >
      {(key) => <OpenEscalationForm student={student} idempotencyKey={key} onCancel={onClose} />}
    </FormModal>
  );
}

function OpenEscalationForm({
  student,
  idempotencyKey,
  onCancel,
}: {
  student: { id: string; name: string };
  idempotencyKey: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tutoring = isTutoringStaff(useViewer()?.roles);
  const chains = useEscalationChains();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const kinds = availableChains(chains.data).map((chain) => chain.kind);

  if (chains.loading && !chains.data) return <Spin />;
  if (chains.error) return <Alert type="error" showIcon title={chains.error.message} />;
  if (kinds.length === 0) return <Empty description={t('escalation.open.noChains')} />;

  const preferred: EscalationChainKind = tutoring ? 'RETENTION' : 'SCHOOL_REFERRAL';
  return (
    <MutationForm<Values, EscalationPayload, NonNullable<EscalationPayload['escalation']>>
      name="open-escalation"
      idempotencyKey={idempotencyKey}
      form={form}
      initialValues={{ kind: kinds.includes(preferred) ? preferred : kinds[0], matter: '' }}
      send={(values, key) =>
        openEscalation({
          studentId: student.id,
          kind: values.kind,
          matter: values.matter.trim(),
          ...(values.noticedAt ? { noticedAt: values.noticedAt.toISOString() } : {}),
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.escalation}
      onSaved={(escalation) => navigate(`/escalations/${encodeURIComponent(escalation.id)}`)}
      fieldByInput={{ kind: 'kind', matter: 'matter', noticedAt: 'noticedAt' }}
      failure={{ title: t('escalation.action.failed'), testId: 'open-escalation-alert' }}
      submit={{ label: t('escalation.open.submit'), testId: 'open-escalation-submit' }}
      onCancel={onCancel}
    >
      <Form.Item name="kind" label={t('escalation.open.kind')} rules={[{ required: true }]}>
        <Radio.Group
          options={kinds.map((value) => ({ value, label: t(`escalation.kind.${value}`) }))}
          data-testid="open-kind"
        />
      </Form.Item>
      {kind && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
          {t(`escalation.open.kindHelp.${kind}`)}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="matter"
        label={t('escalation.open.matter')}
        rules={requiredText(t, t('escalation.open.matter'), MATTER_MAX_LENGTH)}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={MATTER_MAX_LENGTH}
          placeholder={t('escalation.open.matterPlaceholder')}
        />
      </Form.Item>
      <PastDateTimeItem
        name="noticedAt"
        label={t('escalation.open.noticedAt')}
        futureMessage={t('escalation.open.noticedAtFuture')}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -12 }} data-testid="noticed-at-help">
        {t('escalation.open.noticedAtHelp', {
          days: (kind && chainOf(chains.data, kind)?.backdatingDays) ?? 7,
        })}
      </Typography.Paragraph>
    </MutationForm>
  );
}
