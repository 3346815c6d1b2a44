import { Button, Space, Tag, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format/date';
// An escalation step's labels (chains, events) come with the escalation feature's messages.
import '../../escalations/i18n';
import type { TimelineEntry } from '../hooks/useTimeline';
import { INCIDENT_TAG_COLORS, KIND_TAG_COLORS } from './contactMeta';

export type TimelineIncident = Extract<TimelineEntry, { __typename: 'Incident' }>;

interface TimelineEntryContentProps {
  entry: TimelineEntry;
  timeZone: string;
  /** On a household's timeline: name the children of every contact (shared ones are named anyway). */
  showStudents?: boolean;
  /** Opens an entry's detail (this one, or the contact that answered an incident). */
  onOpen?: (id: string) => void;
  /** Offered on an unanswered incident: record the immediate contact that answers it. */
  onAnswer?: (incident: TimelineIncident) => void;
}

const stop = (handler: () => void) => (event: MouseEvent) => {
  event.stopPropagation();
  handler();
};

/**
 * What one timeline entry says: when, its type's tags, the text, who it concerns and who
 * wrote it. A withdrawn entry stays, struck through, with the reason. A click opens the detail.
 */
export function TimelineEntryContent({
  entry,
  timeZone,
  showStudents = false,
  onOpen,
  onAnswer,
}: TimelineEntryContentProps) {
  const { t } = useTranslation();
  const withdrawn = entry.retraction != null;
  const tags: ReactNode[] = [];
  let text = '';
  const meta: string[] = [];
  const data: Record<string, string> = { 'data-type': entry.__typename };

  if (entry.__typename === 'Contact') {
    data['data-kind'] = entry.kind;
    data['data-form'] = entry.form;
    tags.push(
      <Tag key="form">{t(`contactForm.${entry.form}`)}</Tag>,
      <Tag key="kind" color={KIND_TAG_COLORS[entry.kind]}>
        {t(`contactKind.${entry.kind}`)}
      </Tag>,
    );
    if (entry.needsSchool) {
      tags.push(
        <Tag key="school" color="red" data-testid="needs-school-tag">
          {t('timeline.needsSchool')}
        </Tag>,
      );
    }
    if (entry.version > 0) tags.push(<Tag key="amended">{t('timeline.amended')}</Tag>);
    text = entry.summary;
    // A contact shared by siblings names them all, on a household's timeline always.
    if ((showStudents && entry.students.length > 0) || entry.students.length > 1) {
      meta.push(t('timeline.students', { names: entry.students.map((s) => s.name).join('、') }));
    }
    if (entry.guardiansMet.length > 0) {
      meta.push(t('timeline.guardiansMet', { names: entry.guardiansMet.map((g) => g.name).join('、') }));
    }
  } else if (entry.__typename === 'Incident') {
    data['data-incident-kind'] = entry.incidentKind;
    tags.push(
      <Tag key="type" color={INCIDENT_TAG_COLORS[entry.incidentKind]}>
        {t(`incidentKind.${entry.incidentKind}`)}
      </Tag>,
    );
    if (entry.days != null) tags.push(<Tag key="days">{t('timeline.days', { count: entry.days })}</Tag>);
    if (entry.incidentNeedsSchool) {
      tags.push(
        <Tag key="school" color="red" data-testid="needs-school-tag">
          {t('timeline.needsSchool')}
        </Tag>,
      );
    }
    const answeredBy = entry.answeredBy;
    tags.push(
      answeredBy ? (
        <Tag key="answer" color="green" data-testid="incident-answered">
          {onOpen ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', fontSize: 'inherit', color: 'inherit' }}
              onClick={stop(() => onOpen(answeredBy.id))}
              title={t('timeline.answeredTitle')}
              data-testid="open-answer"
            >
              {t('timeline.answered')}
            </Button>
          ) : (
            t('timeline.answered')
          )}
        </Tag>
      ) : (
        <Tag key="answer" color="orange" data-testid="incident-unanswered">
          {t('timeline.unanswered')}
        </Tag>
      ),
    );
    text = entry.description;
    meta.push(t('timeline.reportedBy', { name: entry.reportedBy }));
  } else if (entry.__typename === 'Note') {
    tags.push(<Tag key="type">{t('timeline.note')}</Tag>);
    text = entry.text;
  } else if (entry.__typename === 'EscalationUpdate') {
    data['data-event'] = entry.event;
    tags.push(
      <Tag key="kind" color="magenta">
        {t(`escalation.kind.${entry.escalation.kind}`)}
      </Tag>,
      <Tag key="event" data-testid="escalation-event">
        {t(`escalation.event.${entry.event}`)}
      </Tag>,
    );
    text = [t('escalation.timeline.step', { name: entry.stepName }), entry.note].filter(Boolean).join('\n');
  }
  if (withdrawn) {
    tags.push(
      <Tag key="withdrawn" color="default" data-testid="withdrawn-tag">
        {t('timeline.withdrawn')}
      </Tag>,
    );
  }
  if (entry.author) meta.push(t('timeline.recordedBy', { name: entry.author.displayName }));

  // An escalation step opens the escalation itself, not the entry drawer.
  const escalation = entry.__typename === 'EscalationUpdate' ? entry.escalation : undefined;
  const open = onOpen && !escalation ? () => onOpen(entry.id) : undefined;
  return (
    <div
      data-testid="timeline-entry"
      data-retracted={withdrawn ? 'true' : undefined}
      {...data}
      onClick={open}
      style={{ cursor: open ? 'pointer' : undefined }}
    >
      <Space wrap size={4}>
        <Typography.Text type="secondary">{formatDateTime(entry.occurredAt, timeZone)}</Typography.Text>
        {tags}
      </Space>
      <Typography.Paragraph
        delete={withdrawn}
        type={withdrawn ? 'secondary' : undefined}
        style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}
        data-testid="timeline-summary"
      >
        {text}
      </Typography.Paragraph>
      {entry.retraction && (
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 4px' }} data-testid="withdrawn-reason">
          {t('timeline.withdrawnReason', {
            reason: entry.retraction.reason,
            name: entry.retraction.by?.displayName ?? t('common.none'),
            at: formatDateTime(entry.retraction.at, timeZone),
          })}
        </Typography.Paragraph>
      )}
      <Space wrap size={4} style={{ fontSize: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {meta.join(' · ')}
        </Typography.Text>
        {open && (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', fontSize: 12 }}
            onClick={stop(open)}
          >
            {t('timeline.details')}
          </Button>
        )}
        {escalation && (
          <Link
            to={`/escalations/${encodeURIComponent(escalation.id)}`}
            style={{ fontSize: 12 }}
            data-testid="open-escalation-entry"
          >
            {t('escalation.timeline.open')}
          </Link>
        )}
        {onAnswer && entry.__typename === 'Incident' && !entry.answeredBy && !withdrawn && (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', fontSize: 12 }}
            onClick={stop(() => onAnswer(entry))}
            data-testid="answer-incident"
          >
            {t('timeline.answer')}
          </Button>
        )}
      </Space>
    </div>
  );
}
