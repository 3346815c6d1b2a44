import { Alert, Empty, Spin, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageSpinner } from '../../../components/PageSpinner';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import { useTimeline } from '../hooks/useTimeline';
import { FORM_ICONS, KIND_COLORS } from './contactMeta';
import { TimelineEntryContent } from './TimelineEntryContent';

interface StudentTimelineProps {
  studentId: string;
  /** Bump to reload from the first page. */
  version?: number;
}

/** The student's timeline as an antd Timeline, newest first, with "load more". */
export function StudentTimeline({ studentId, version = 0 }: StudentTimelineProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const timeline = useTimeline(studentId, version);

  if (timeline.loading && timeline.nodes.length === 0) return <PageSpinner />;
  if (timeline.error && timeline.nodes.length === 0) {
    return <ErrorResult error={timeline.error} onRetry={timeline.reload} />;
  }
  if (timeline.nodes.length === 0) return <Empty description={t('timeline.empty')} />;

  const items = timeline.nodes.map((entry) => {
    const contact = entry.__typename === 'Contact' ? entry : undefined;
    const Icon = contact ? FORM_ICONS[contact.form] : undefined;
    const color = contact ? KIND_COLORS[contact.kind] : 'gray';
    return {
      key: entry.id,
      color,
      icon: Icon ? (
        <Icon
          style={{ color, fontSize: 16 }}
          aria-label={t(`contactForm.${contact!.form}`)}
          data-testid="timeline-icon"
        />
      ) : undefined,
      content: <TimelineEntryContent entry={entry} timeZone={timeZone} />,
    };
  });

  return (
    <Spin spinning={timeline.loading}>
      <Timeline items={items} data-testid="timeline" />
      {timeline.error && (
        <Alert type="error" showIcon title={t('common.errorTitle')} description={timeline.error.message} />
      )}
      <LoadMoreButton
        hasMore={timeline.hasNextPage}
        loading={timeline.loadingMore}
        onClick={timeline.loadMore}
      />
    </Spin>
  );
}
