import { Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../lib/format/date';
import { useSchoolTimeZone } from '../../../viewer/hooks/viewerContext';
import { countdown } from '../../countdown';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';
import { outputLabel } from '../../outputs';

type Step = EscalationDetail['steps'][number];

const ENDING_COLORS: Record<string, string> = {
  ADVANCED: 'blue',
  RESOLVED: 'green',
  REFUNDED: 'default',
  REFUND_REFUSED: 'orange',
};

/** Every step reached, oldest first: owner, started / due / ended, outputs and actions. */
export function StepHistory({ escalation, now }: { escalation: EscalationDetail; now: number }) {
  return (
    <Timeline
      data-testid="step-history"
      items={escalation.steps.map((step) => ({
        key: `${step.key}:${step.startedAt}`,
        color: step.endedAt ? 'gray' : step.overdue ? 'red' : 'blue',
        content: <StepView step={step} now={now} />,
      }))}
    />
  );
}

function StepView({ step, now }: { step: Step; now: number }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const due = !step.endedAt ? countdown(step.dueAt, now, t, step.overdue) : undefined;
  return (
    <div data-testid="step" data-step={step.key}>
      <Flex wrap gap={4} align="center">
        <Typography.Text strong>{step.name}</Typography.Text>
        {step.ending && <Tag color={ENDING_COLORS[step.ending]}>{t(`escalation.ending.${step.ending}`)}</Tag>}
        {due && (
          <Tag color={due.overdue ? 'red' : 'blue'} data-testid="step-countdown">
            {due.text}
          </Tag>
        )}
        {step.endedAt && step.overdue && <Tag color="red">{t('escalation.detail.overdue')}</Tag>}
        <Typography.Text type="secondary">
          {step.owner?.displayName ?? t('escalation.detail.noOwner', { role: t(`roles.${step.ownerRole}`) })}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('escalation.detail.started')} {formatDateTime(step.startedAt, timeZone)} ·{' '}
        {t('escalation.detail.due')} {formatDateTime(step.dueAt, timeZone)}
        {step.endedAt && ` · ${t('escalation.detail.ended')} ${formatDateTime(step.endedAt, timeZone)}`}
      </Typography.Text>
      {step.outputs.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 8 }}
          title={<Typography.Text type="secondary">{t('escalation.detail.outputs')}</Typography.Text>}
          items={step.outputs.map((output) => ({
            key: output.key,
            label: outputLabel(t, output.key),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{output.value}</span>,
          }))}
          data-testid="step-outputs"
        />
      )}
      {step.actions.length > 0 ? (
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }} data-testid="step-actions">
          {step.actions.map((action) => (
            <li key={`${action.at}:${action.text}`}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(action.at, timeZone)} {action.by?.displayName ?? ''}
              </Typography.Text>{' '}
              <span style={{ whiteSpace: 'pre-wrap' }}>{action.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        !step.endedAt && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('escalation.detail.noActions')}
            </Typography.Text>
          </div>
        )
      )}
    </div>
  );
}
