import {
  CheckCircleOutlined,
  DollarOutlined,
  EditOutlined,
  FlagOutlined,
  RiseOutlined,
  TagsOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Button, Flex, Grid, Modal, message } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../../../lib/graphql/useSubmit';
import { randomUuid } from '../../../../lib/uuid';
import { useViewer } from '../../../viewer/hooks/viewerContext';
import { availableActions, nextStepRule, type ChainRules, type EscalationAction } from '../../chain';
import { acknowledgeEscalation } from '../../hooks/escalationMutations';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';
import { AdvanceForm } from '../forms/AdvanceForm';
import type { ActionFormProps } from '../forms/forms';
import { LossReasonsForm } from '../forms/LossReasonsForm';
import { RecordActionForm } from '../forms/RecordActionForm';
import { RefundApplicationForm } from '../forms/RefundApplicationForm';
import { RefundDecisionForm } from '../forms/RefundDecisionForm';
import { ResolveForm } from '../forms/ResolveForm';

const ICONS: Record<EscalationAction, ReactNode> = {
  acknowledge: <UserAddOutlined />,
  recordAction: <EditOutlined />,
  advance: <RiseOutlined />,
  resolve: <CheckCircleOutlined />,
  tagReasons: <TagsOutlined />,
  applyRefund: <FlagOutlined />,
  financeReview: <DollarOutlined />,
  presidentDecision: <DollarOutlined />,
};

/** Actions that open a form; "acknowledge" is one click. */
type FormAction = Exclude<EscalationAction, 'acknowledge'>;

interface EscalationActionsProps {
  escalation: EscalationDetail;
  chain: ChainRules | undefined;
  /** After a change: the page reloads the escalation. */
  onChanged: (text: string) => void;
  /** Someone else changed it first. */
  onConflict: () => void;
}

/**
 * The buttons the viewer's roles allow at the current step (see availableActions), each
 * opening its form in a dialog with a fresh idempotency key.
 */
export function EscalationActions({ escalation, chain, onChanged, onConflict }: EscalationActionsProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const screens = Grid.useBreakpoint();
  const [messages, messageHolder] = message.useMessage();
  const [opened, setOpened] = useState<{ action: FormAction; key: string } | null>(null);
  const acknowledge = useSubmit(acknowledgeEscalation);
  const actions = availableActions(escalation, chain, viewer?.roles ?? []);
  if (actions.length === 0) return messageHolder;

  const takeOn = async () => {
    try {
      const result = await acknowledge.submit({
        escalationId: escalation.id,
        expectedVersion: escalation.version,
        idempotencyKey: randomUuid(),
      });
      if (!result) return;
      if (result.errors.some((error) => error.code === 'CONFLICT')) onConflict();
      else if (result.errors.length > 0) void messages.error(result.errors.map((e) => e.message).join(' '));
      else onChanged(t('escalation.action.acknowledged'));
    } catch (error) {
      void messages.error(error instanceof Error ? error.message : String(error));
    }
  };

  const close = () => setOpened(null);
  const formProps: ActionFormProps | undefined = opened
    ? {
        escalation,
        idempotencyKey: opened.key,
        onCancel: close,
        onDone: () => {
          close();
          onChanged(t('escalation.action.saved'));
        },
        onConflict: () => {
          close();
          onConflict();
        },
      }
    : undefined;

  return (
    <>
      {messageHolder}
      <Flex gap={8} wrap data-testid="escalation-actions">
        {actions.map((action) => (
          <Button
            key={action}
            icon={ICONS[action]}
            type={action === 'advance' || action === 'acknowledge' ? 'primary' : 'default'}
            loading={action === 'acknowledge' && acknowledge.submitting}
            onClick={() =>
              action === 'acknowledge' ? void takeOn() : setOpened({ action, key: randomUuid() })
            }
            data-testid={`action-${action}`}
          >
            {t(`escalation.action.${action}`)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={opened !== null}
        onCancel={close}
        title={opened ? t(`escalation.action.${opened.action}`) : undefined}
        footer={null}
        destroyOnHidden
        width={screens.md ? 640 : '100%'}
        mask={{ closable: false }}
      >
        {opened && formProps && (
          <ActionForm key={opened.key} action={opened.action} {...formProps} chain={chain} />
        )}
      </Modal>
    </>
  );
}

function ActionForm({
  action,
  chain,
  ...props
}: ActionFormProps & { action: FormAction; chain: ChainRules | undefined }) {
  switch (action) {
    case 'recordAction':
      return <RecordActionForm {...props} />;
    case 'advance':
      return <AdvanceForm {...props} next={nextStepRule(chain, props.escalation.currentStep?.key ?? '')} />;
    case 'resolve':
      return <ResolveForm {...props} />;
    case 'tagReasons':
      return <LossReasonsForm {...props} />;
    case 'applyRefund':
      return <RefundApplicationForm {...props} />;
    case 'financeReview':
      return <RefundDecisionForm {...props} by="finance" />;
    case 'presidentDecision':
      return <RefundDecisionForm {...props} by="president" />;
  }
}
