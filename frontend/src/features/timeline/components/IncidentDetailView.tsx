import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format/date';
import type { IncidentDetail, NoteDetail } from '../hooks/useEntryDetail';
import { authorLine } from '../entryAuthor';
import { INCIDENT_TAG_COLORS } from './contactMeta';
import { DetailList, MultilineText } from './DetailList';

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
    <DetailList
      testId="incident-detail"
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
          children: <MultilineText>{incident.description}</MultilineText>,
        },
        { key: 'reportedBy', label: t('incident.reportedBy'), children: incident.reportedBy },
        {
          key: 'author',
          label: t('entry.author'),
          children: authorLine(t, incident, timeZone),
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
    <DetailList
      testId="note-detail"
      items={[
        { key: 'occurredAt', label: t('entry.time'), children: formatDateTime(note.occurredAt, timeZone) },
        {
          key: 'text',
          label: t('note.text'),
          children: <MultilineText>{note.text}</MultilineText>,
        },
        {
          key: 'author',
          label: t('entry.author'),
          children: authorLine(t, note, timeZone),
        },
      ]}
    />
  );
}
