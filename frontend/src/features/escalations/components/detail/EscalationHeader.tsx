import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format/date';
import { useSchoolTimeZone, useViewer } from '../../../viewer/hooks/viewerContext';
import { isFinanceOnly } from '../../../viewer/roles';
import { countdown } from '../../countdown';
import type { EscalationDetail } from '../../hooks/useEscalationDetail';
import { STATE_COLORS } from '../../stateColors';
import { studentLabel } from '../../studentLabel';

type Source = NonNullable<EscalationDetail['source']>;

const ENTRY_TYPES: Record<Source['__typename'], string> = {
  Contact: 'CONTACT',
  Incident: 'INCIDENT',
  Note: 'NOTE',
  EscalationUpdate: 'ESCALATION',
};

function sourceText(source: Source): string {
  if (source.__typename === 'Contact') return source.summary;
  if (source.__typename === 'Incident') return source.description;
  if (source.__typename === 'Note') return source.text;
  return '';
}

/**
 * The escalation at a glance: student (a link, except for finance, who sees no family's
 * records), chain, state, the matter and the record that raised it, the current step with
 * its owner and time left, loss reasons and how it ended.
 */
export function EscalationHeader({ escalation, now }: { escalation: EscalationDetail; now: number }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const finance = isFinanceOnly(useViewer()?.roles);
  const step = escalation.currentStep;
  const due = step ? countdown(step.dueAt, now, t, step.overdue) : undefined;
  const student = escalation.student;
  const studentPath = student ? `/students/${encodeURIComponent(student.id)}` : undefined;
  const items = [
    {
      key: 'student',
      label: t('escalation.detail.student'),
      children:
        finance || !student || !studentPath ? (
          studentLabel(escalation)
        ) : (
          <Link to={studentPath} data-testid="escalation-student">
            {student.name}
          </Link>
        ),
    },
    { key: 'kind', label: t('escalation.detail.kind'), children: t(`escalation.kind.${escalation.kind}`) },
    {
      key: 'state',
      label: t('escalation.detail.state'),
      children: (
        <Tag color={STATE_COLORS[escalation.state]} data-testid="escalation-state">
          {t(`escalation.state.${escalation.state}`)}
        </Tag>
      ),
    },
    {
      key: 'opened',
      label: t('escalation.detail.openedAt'),
      children: `${formatDateTime(escalation.openedAt, timeZone)} · ${
        escalation.openedBy?.displayName ?? t('escalation.detail.system')
      }`,
    },
    ...(step && due
      ? [
          {
            key: 'step',
            label: t('escalation.detail.currentStep'),
            children: (
              <span data-testid="current-step">
                {step.name} ·{' '}
                {step.owner?.displayName ??
                  t('escalation.detail.noOwner', { role: t(`roles.${step.ownerRole}`) })}{' '}
                <Tag color={due.overdue ? 'red' : 'blue'} data-testid="detail-countdown">
                  {due.text}
                </Tag>
              </span>
            ),
          },
        ]
      : []),
    {
      key: 'matter',
      label: t('escalation.detail.matter'),
      span: 'filled' as const,
      children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{escalation.matter}</Typography.Text>,
    },
    ...(escalation.source
      ? [
          {
            key: 'source',
            label: t('escalation.detail.source'),
            span: 'filled' as const,
            children: (
              <>
                <Typography.Text type="secondary">
                  {formatDateTime(escalation.source.occurredAt, timeZone)}{' '}
                  {t(`entryType.${ENTRY_TYPES[escalation.source.__typename]}`)}
                </Typography.Text>{' '}
                <Typography.Text ellipsis style={{ maxWidth: 360 }}>
                  {sourceText(escalation.source)}
                </Typography.Text>{' '}
                {!finance && studentPath && (
                  <Link
                    to={`${studentPath}?entry=${encodeURIComponent(escalation.source.id)}`}
                    data-testid="escalation-source"
                  >
                    {t('escalation.detail.openSource')}
                  </Link>
                )}
              </>
            ),
          },
        ]
      : []),
    ...(escalation.kind === 'RETENTION'
      ? [
          {
            key: 'reasons',
            label: t('escalation.detail.lossReasons'),
            span: 'filled' as const,
            children:
              escalation.lossReasons.length > 0 ? (
                <span data-testid="loss-reason-tags">
                  {escalation.lossReasons.map((reason) => (
                    <Tag key={reason} color="volcano">
                      {t(`escalation.lossReason.${reason}`)}
                    </Tag>
                  ))}
                </span>
              ) : (
                <Typography.Text type="secondary">{t('escalation.detail.noLossReasons')}</Typography.Text>
              ),
          },
        ]
      : []),
    ...(escalation.outcome
      ? [
          {
            key: 'outcome',
            label: t('escalation.detail.outcome'),
            span: 'filled' as const,
            children: (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="escalation-outcome">
                {escalation.outcome}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(escalation.closedAt
      ? [
          {
            key: 'closed',
            label: t('escalation.detail.closedAt'),
            children: formatDateTime(escalation.closedAt, timeZone),
          },
        ]
      : []),
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
