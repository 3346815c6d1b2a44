import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { NotFoundResult } from '../../../components/NotFoundResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { ClassMeetingsSection } from '../../meetings/components/ClassMeetingsSection';
import { useRoster } from '../hooks/useRoster';
import { RosterTable } from './RosterTable';

/**
 * /classes/:id: the class's students with their last contact, this year's count, open tasks and
 * focus flag, and its parent and committee meetings.
 */
export default function ClassRosterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const roster = useRoster(id);

  if (roster.loading) return <PageSpinner />;
  if (roster.error && roster.nodes.length === 0)
    return <ErrorResult error={roster.error} onRetry={roster.reload} />;
  if (!roster.owner) return <NotFoundResult title={t('classes.notFound')} />;
  return (
    <>
      <Typography.Title level={3}>{t('roster.title', { name: roster.owner.name })}</Typography.Title>
      {roster.owner.homeroomTeacher && (
        <Typography.Paragraph type="secondary">
          {t('classes.homeroomTeacher', { name: roster.owner.homeroomTeacher.displayName })}
        </Typography.Paragraph>
      )}
      <RosterTable students={roster.nodes} />
      {roster.error && (
        <Alert type="error" showIcon title={t('common.errorTitle')} description={roster.error.message} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('roster.shown', { count: roster.nodes.length })}
      </Typography.Paragraph>
      <LoadMoreButton hasMore={roster.hasNextPage} loading={roster.loadingMore} onClick={roster.loadMore} />
      <ClassMeetingsSection classId={roster.owner.id} homeroomTeacherId={roster.owner.homeroomTeacher?.id} />
    </>
  );
}
