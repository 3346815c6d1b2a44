import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format/date';
import type { TimelineEntry } from '../hooks/useTimeline';
import { KIND_TAG_COLORS } from './contactMeta';

/** What one timeline entry says: when, form and kind, the summary, who took part and who wrote it. */
export function TimelineEntryContent({ entry, timeZone }: { entry: TimelineEntry; timeZone: string }) {
  const { t } = useTranslation();
  const when = (
    <Typography.Text type="secondary">{formatDateTime(entry.occurredAt, timeZone)}</Typography.Text>
  );
  if (entry.__typename !== 'Contact') {
    return (
      <div data-testid="timeline-entry">
        {when} <Tag>{t('timeline.otherEntry')}</Tag>
      </div>
    );
  }
  return (
    <div data-testid="timeline-entry" data-kind={entry.kind} data-form={entry.form}>
      <Space wrap size={4}>
        {when}
        <Tag>{t(`contactForm.${entry.form}`)}</Tag>
        <Tag color={KIND_TAG_COLORS[entry.kind]}>{t(`contactKind.${entry.kind}`)}</Tag>
      </Space>
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}
        data-testid="timeline-summary"
      >
        {entry.summary}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {entry.guardiansMet.length > 0 &&
          `${t('timeline.guardiansMet', { names: entry.guardiansMet.map((g) => g.name).join('、') })} · `}
        {entry.author && t('timeline.recordedBy', { name: entry.author.displayName })}
      </Typography.Text>
    </div>
  );
}
