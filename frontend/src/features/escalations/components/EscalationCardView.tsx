import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import { countdown } from '../countdown';
import type { EscalationCard } from '../hooks/useEscalationBoard';
import { STATE_COLORS } from '../stateColors';
import { studentLabel } from '../studentLabel';

interface EscalationCardViewProps {
  escalation: EscalationCard;
  now: number;
  /** Extra tags (the refund queue's "awaiting review"). */
  extra?: ReactNode;
}

/**
 * One escalation on the board: the student, the matter, who owns the current step and the
 * time left (red once overdue); closed ones show how they ended. A click opens the detail.
 */
export function EscalationCardView({ escalation, now, extra }: EscalationCardViewProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const step = escalation.currentStep;
  const due = step && escalation.state === 'OPEN' ? countdown(step.dueAt, now, t, step.overdue) : undefined;
  return (
    <Link
      to={`/escalations/${encodeURIComponent(escalation.id)}`}
      data-testid="escalation-card"
      data-overdue={due?.overdue ? 'true' : undefined}
      style={{ display: 'block' }}
    >
      <Card
        size="small"
        hoverable
        style={due?.overdue ? { borderColor: '#ff4d4f', background: '#fff1f0' } : undefined}
      >
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Text strong data-testid="card-student">
            {studentLabel(escalation)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('escalation.board.openedOn', { date: formatDate(escalation.openedAt, timeZone) })}
          </Typography.Text>
        </Flex>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '4px 0' }}>
          {escalation.matter}
        </Typography.Paragraph>
        {step && escalation.state === 'OPEN' ? (
          <Flex wrap gap={4} align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="card-owner">
              {step.owner?.displayName ??
                t('escalation.board.unassigned', { role: t(`roles.${step.ownerRole}`) })}
            </Typography.Text>
            {due && (
              <Tooltip title={t('escalation.countdown.dueAt', { at: formatDateTime(step.dueAt, timeZone) })}>
                <Tag
                  color={due.overdue ? 'red' : 'blue'}
                  icon={<ClockCircleOutlined />}
                  data-testid="card-countdown"
                >
                  {due.text}
                </Tag>
              </Tooltip>
            )}
            {extra}
          </Flex>
        ) : (
          <Flex wrap gap={4}>
            <Tag color={STATE_COLORS[escalation.state]}>{t(`escalation.state.${escalation.state}`)}</Tag>
            {escalation.closedAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDate(escalation.closedAt, timeZone)}
              </Typography.Text>
            )}
            {extra}
          </Flex>
        )}
      </Card>
    </Link>
  );
}
