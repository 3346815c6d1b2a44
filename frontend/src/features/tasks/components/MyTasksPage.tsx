import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useMyTasks } from '../hooks/useMyTasks';
import { NotificationsCard } from './NotificationsCard';
import { TaskList } from './TaskList';

/** 我的任务: every open task of the teacher by urgency, and the notifications. */
export default function MyTasksPage() {
  const { t } = useTranslation();
  const { tasks, total, loading, error, refetch } = useMyTasks();
  if (loading && tasks.length === 0) return <PageSpinner />;
  if (error) return <ErrorResult error={error} onRetry={refetch} />;
  return (
    <>
      <Typography.Title level={3}>
        {t('tasks.title')}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginInlineStart: 12 }}>
          {t('tasks.total', { count: total })}
        </Typography.Text>
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <TaskList tasks={tasks} onChanged={refetch} />
        </Col>
        <Col xs={24} lg={8}>
          <NotificationsCard />
        </Col>
      </Row>
    </>
  );
}
