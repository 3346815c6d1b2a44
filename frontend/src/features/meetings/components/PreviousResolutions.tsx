import { Alert, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLastCommitteeMeeting } from '../hooks/useMeetings';

/** The last committee meeting's resolutions, shown while the next one is recorded. */
export function PreviousResolutions({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { meeting, loading, error } = useLastCommitteeMeeting(classId);
  if (loading && !meeting) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (error) return null;
  if (!meeting) {
    return <Alert type="info" title={t('meetings.noPrevious')} style={{ marginBottom: 16 }} />;
  }
  if (meeting.resolutions.length === 0) {
    return (
      <Alert
        type="info"
        title={t('meetings.previousNoResolutions', { date: meeting.heldOn })}
        style={{ marginBottom: 16 }}
      />
    );
  }
  return (
    <Alert
      type="warning"
      title={t('meetings.previous', { date: meeting.heldOn, topic: meeting.topic })}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {meeting.resolutions.map((resolution) => (
            <li key={resolution}>{resolution}</li>
          ))}
        </ol>
      }
      style={{ marginBottom: 16 }}
      data-testid="previous-resolutions"
    />
  );
}
