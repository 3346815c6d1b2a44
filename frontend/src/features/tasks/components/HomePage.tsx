import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import MyClassesPage from '../../classes/components/MyClassesPage';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { isDirectoryOnly, isFinanceOnly } from '../../viewer/roles';
import { useMyTasks } from '../hooks/useMyTasks';
import { TaskList } from './TaskList';

/**
 * The home page: the teacher's most urgent tasks first, then their classes. Finance has
 * neither: its home is the refunds awaiting review; the administrator's is the directory.
 */
export default function HomePage() {
  const viewer = useViewer();
  if (isFinanceOnly(viewer?.roles)) return <Navigate to="/escalations" replace />;
  if (isDirectoryOnly(viewer?.roles)) return <Navigate to="/directory" replace />;
  return <TasksAndClasses />;
}

function TasksAndClasses() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { tasks, total, loading, refetch } = useMyTasks();
  const analystOnly = viewer?.roles.length === 1 && viewer.roles[0] === 'ANALYST';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {!analystOnly && (
        <Card
          title={t('tasks.title')}
          extra={<Link to="/tasks">{t('tasks.all', { count: total })}</Link>}
          loading={loading && tasks.length === 0}
          data-testid="home-tasks"
        >
          {tasks.length === 0 ? (
            <Typography.Text type="secondary">{t('tasks.empty')}</Typography.Text>
          ) : (
            <TaskList tasks={tasks} limit={3} onChanged={refetch} />
          )}
        </Card>
      )}
      <div>
        <MyClassesPage />
      </div>
    </Space>
  );
}
