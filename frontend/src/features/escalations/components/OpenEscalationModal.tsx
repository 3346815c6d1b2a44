import { Alert, Button, Empty, Flex, Form, Input, Modal, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EscalationChainKind } from '../../../gql/graphql';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { useSubmit } from '../../../lib/graphql/useSubmit';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isTutoringStaff } from '../../viewer/roles';
import { availableChains } from '../chain';
import { openEscalation } from '../hooks/escalationMutations';
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
}

/**
 * 发起升级: opens an escalation about the student on one of the school's chains, then shows
 * it. The server puts it on the student's timeline.
 */
export function OpenEscalationModal({ student, idempotencyKey, onClose }: OpenEscalationModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open={idempotencyKey !== null}
      onCancel={onClose}
      title={t('escalation.open.title', { name: student.name })}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {idempotencyKey && (
        <OpenEscalationForm
          key={idempotencyKey}
          student={student}
          idempotencyKey={idempotencyKey}
          onCancel={onClose}
        />
      )}
    </Modal>
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
  const { submit, submitting } = useSubmit(openEscalation);
  const [alerts, setAlerts] = useState<string[]>([]);
  const kinds = availableChains(chains.data).map((chain) => chain.kind);

  if (chains.loading && !chains.data) return <Spin />;
  if (chains.error) return <Alert type="error" showIcon title={chains.error.message} />;
  if (kinds.length === 0) return <Empty description={t('escalation.open.noChains')} />;

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({
        studentId: student.id,
        kind: values.kind,
        matter: values.matter.trim(),
        idempotencyKey,
      });
      if (!result) return;
      if (result.errors.length > 0 || !result.escalation) {
        const { byField, general } = sortUserErrors(result.errors, { kind: 'kind', matter: 'matter' });
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      navigate(`/escalations/${encodeURIComponent(result.escalation.id)}`);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  const preferred: EscalationChainKind = tutoring ? 'RETENTION' : 'SCHOOL_REFERRAL';
  return (
    <Form<Values>
      form={form}
      name="open-escalation"
      layout="vertical"
      initialValues={{ kind: kinds.includes(preferred) ? preferred : kinds[0], matter: '' }}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('escalation.action.failed')}
          description={alerts.map((text) => (
            <div key={text}>{text}</div>
          ))}
          style={{ marginBottom: 16 }}
        />
      )}
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
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('escalation.form.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="open-escalation-submit">
          {t('escalation.open.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
