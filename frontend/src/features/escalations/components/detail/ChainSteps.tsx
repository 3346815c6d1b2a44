import { Grid, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineLabel, type ChainRules } from '../../chain';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';

type Status = 'wait' | 'process' | 'finish' | 'error';

/**
 * The chain as Steps: the steps passed, the one being worked on (red when overdue) and
 * those still ahead with their owner role and deadline. Vertical on phones.
 */
export function ChainSteps({ escalation, chain }: { escalation: EscalationDetail; chain?: ChainRules }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const reached = new Map(escalation.steps.map((step) => [step.key, step]));
  const rules = chain?.steps ?? escalation.steps.map((step) => ({ ...step, deadline: undefined }));
  const items = rules.map((rule) => {
    const step = reached.get(rule.key);
    let status: Status = 'wait';
    if (step?.endedAt) status = step.ending === 'REFUND_REFUSED' ? 'error' : 'finish';
    else if (step) status = step.overdue ? 'error' : 'process';
    return {
      key: rule.key,
      title: rule.name,
      status,
      content: [t(`roles.${rule.ownerRole}`), rule.deadline ? deadlineLabel(rule.deadline, t) : '']
        .filter(Boolean)
        .join(' · '),
    };
  });
  return (
    <Steps
      size="small"
      orientation={screens.md ? 'horizontal' : 'vertical'}
      items={items}
      data-testid="chain-steps"
    />
  );
}
