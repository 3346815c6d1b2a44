import { LockOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactDetailFieldsFragment } from '../../../gql/graphql';
import { formatTimeSpan } from '../../../lib/format/date';
import { authorLine } from '../entryAuthor';
import { KIND_TAG_COLORS } from './contactMeta';
import { DetailList, MultilineText } from './DetailList';

interface ContactDetailViewProps {
  contact: ContactDetailFieldsFragment;
  timeZone: string;
  /** Opens another entry (the incident this contact answered). */
  onOpenEntry?: (id: string) => void;
}

/** Every field of a contact, in the order of the paper record; empty ones as "—". */
export function ContactDetailView({ contact, timeZone, onOpenEntry }: ContactDetailViewProps) {
  const { t } = useTranslation();
  const none = t('common.none');
  const text = (value: string | null | undefined): ReactNode =>
    value ? <MultilineText>{value}</MultilineText> : none;
  const item = (key: string, label: ReactNode, children: ReactNode) => ({ key, label, children });

  return (
    <DetailList
      testId="contact-detail"
      items={[
        item(
          'occurredAt',
          t('entry.time'),
          <span data-testid="detail-time">
            {formatTimeSpan(contact.occurredAt, contact.durationMinutes, timeZone)}
            {contact.durationMinutes ? ` (${t('entry.minutes', { count: contact.durationMinutes })})` : ''}
          </span>,
        ),
        item(
          'formKind',
          t('entry.formKind'),
          <Space size={4} wrap>
            <Tag>{t(`contactForm.${contact.form}`)}</Tag>
            <Tag color={KIND_TAG_COLORS[contact.kind]}>{t(`contactKind.${contact.kind}`)}</Tag>
          </Space>,
        ),
        item('place', t('record.place'), text(contact.place)),
        item(
          'students',
          t('entry.students'),
          contact.students.length > 0 ? (
            <Space wrap size={[8, 0]}>
              {contact.students.map((s) => (
                <Link key={s.id} to={`/students/${encodeURIComponent(s.id)}`}>
                  {s.name}（{s.class.name}）
                </Link>
              ))}
            </Space>
          ) : (
            none
          ),
        ),
        item(
          'guardiansMet',
          t('record.guardiansMet'),
          contact.guardiansMet.length > 0
            ? contact.guardiansMet.map((g) => `${g.name}（${t(`relation.${g.relation}`)}）`).join('、')
            : none,
        ),
        item(
          'studentPresent',
          t('record.studentPresent'),
          contact.studentPresent == null
            ? none
            : contact.studentPresent
              ? t('record.present')
              : t('record.absent'),
        ),
        item('otherParticipants', t('record.otherParticipants'), text(contact.otherParticipants)),
        item('author', t('entry.author'), authorLine(t, contact, timeZone)),
        item('summary', t('record.summary'), text(contact.summary)),
        item('schoolReport', t('record.schoolReport'), text(contact.schoolReport)),
        item('familyReport', t('record.familyReport'), text(contact.familyReport)),
        item(
          'familySituationObserved',
          <Space size={4} wrap>
            {t('record.familySituationObserved')}
            <Tag icon={<LockOutlined />} color="gold" style={{ marginInlineEnd: 0 }}>
              {t('record.sensitive')}
            </Tag>
          </Space>,
          <span data-testid="detail-family-situation">{text(contact.familySituationObserved)}</span>,
        ),
        item('homeLearningGuidance', t('record.homeLearningGuidance'), text(contact.homeLearningGuidance)),
        item('analysis', t('record.analysis'), text(contact.analysis)),
        item('countermeasure', t('record.countermeasure'), text(contact.countermeasure)),
        item('agreedMeasures', t('record.agreedMeasures'), text(contact.agreedMeasures)),
        item(
          'followUps',
          t('record.followUps'),
          contact.followUps.length > 0 ? (
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="detail-follow-ups">
              {contact.followUps.map((f, index) => (
                <li key={index}>
                  {f.action}
                  <Typography.Text type="secondary">
                    {' — '}
                    {f.owner}
                    {f.dueDate ? ` · ${t('entry.due', { date: f.dueDate })}` : ''}
                  </Typography.Text>
                </li>
              ))}
            </ol>
          ) : (
            none
          ),
        ),
        item(
          'needsSchool',
          t('record.needsSchool'),
          contact.needsSchool ? (
            <Space orientation="vertical" size={0}>
              <Tag color="red">{t('timeline.needsSchool')}</Tag>
              {text(contact.schoolMatter)}
            </Space>
          ) : (
            t('entry.no')
          ),
        ),
        ...(contact.answersIncidentId
          ? [
              item(
                'answersIncident',
                t('entry.answersIncident'),
                onOpenEntry ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    onClick={() => onOpenEntry(contact.answersIncidentId!)}
                  >
                    {t('entry.openIncident')}
                  </Button>
                ) : (
                  contact.answersIncidentId
                ),
              ),
            ]
          : []),
      ]}
    />
  );
}
