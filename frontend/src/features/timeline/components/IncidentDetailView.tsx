import { Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format/date';
import type { IncidentDetail, NoteDetail } from '../hooks/useEntryDetail';
import { INCIDENT_TAG_COLORS } from './contactMeta';

interface IncidentDetailViewProps {
  incident: IncidentDetail;
  timeZone: string;
  onOpenEntry?: (id: string) => void;
}

/** An incident: what, when, how many days, who reported it, and the contact that answered it. */
export function IncidentDetailView({ incident, timeZone, onOpenEntry }: IncidentDetailViewProps) {
  const { t } = useTranslation();
  const answer = incident.answeredBy;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 128 } }}
      data-testid="incident-detail"
      items={[
        {
          key: 'occurredAt',
          label: t('entry.time'),
          children: formatDateTime(incident.occurredAt, timeZone),
        },
        {
          key: 'kind',
          label: t('incident.kind'),
          children: (
            <Tag color={INCIDENT_TAG_COLORS[incident.incidentKind]}>
              {t(`incidentKind.${incident.incidentKind}`)}
            </Tag>
          ),
        },
        {
          key: 'days',
          label: t('incident.days'),
          children: incident.days != null ? t('timeline.days', { count: incident.days }) : t('common.none'),
        },
        {
          key: 'description',
          label: t('incident.description'),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{incident.description}</span>,
        },
        { key: 'reportedBy', label: t('incident.reportedBy'), children: incident.reportedBy },
        {
          key: 'author',
          label: t('entry.author'),
          children: `${incident.author?.displayName ?? t('common.none')} · ${t('entry.recordedAt', {
            at: formatDateTime(incident.recordedAt, timeZone),
          })}`,
        },
        {
          key: 'answer',
          label: t('entry.answer'),
          children: answer ? (
            <>
              <Tag color="green">{t('timeline.answered')}</Tag>
              {onOpenEntry ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => onOpenEntry(answer.id)}
                  data-testid="open-answer"
                >
                  {t('entry.answerLine', {
                    at: formatDateTime(answer.occurredAt, timeZone),
                    form: t(`contactForm.${answer.form}`),
                  })}
                </Button>
              ) : null}
            </>
          ) : (
            <Tag color="orange">{t('timeline.unanswered')}</Tag>
          ),
        },
      ]}
    />
  );
}

/** A teacher's observation: when, the text, who wrote it. */
export function NoteDetailView({ note, timeZone }: { note: NoteDetail; timeZone: string }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 128 } }}
      data-testid="note-detail"
      items={[
        { key: 'occurredAt', label: t('entry.time'), children: formatDateTime(note.occurredAt, timeZone) },
        {
          key: 'text',
          label: t('note.text'),
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{note.text}</span>,
        },
        {
          key: 'author',
          label: t('entry.author'),
          children: `${note.author?.displayName ?? t('common.none')} · ${t('entry.recordedAt', {
            at: formatDateTime(note.recordedAt, timeZone),
          })}`,
        },
      ]}
    />
  );
}
