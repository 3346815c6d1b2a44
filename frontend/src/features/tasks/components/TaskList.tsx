import { EditOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import type { Task } from '../hooks/useMyTasks';
import { groupTasks, recordLink, TASK_GROUPS, type TaskGroup } from '../taskGroups';

const GROUP_COLOR: Record<TaskGroup, string> = {
  overdue: '#f5222d',
  today: '#fa8c16',
  week: '#1677ff',
  later: '#8c8c8c',
};

const RULE_COLOR: Record<string, string> = {
  IMMEDIATE_VISIT: 'red',
  FOLLOW_UP: 'blue',
  FOCUS_WINTER_VISIT: 'orange',
};

interface TaskListProps {
  tasks: readonly Task[];
  /** Show at most this many per group (the home page's summary). */
  limit?: number;
  now?: Date;
}

/** Tasks in groups — overdue, today, this week, later — each with "record the contact". */
export function TaskList({ tasks, limit, now = new Date() }: TaskListProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const navigate = useNavigate();
  const groups = groupTasks(tasks, now, timeZone);

  if (tasks.length === 0) return <Empty description={t('tasks.empty')} data-testid="tasks-empty" />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {TASK_GROUPS.filter((group) => groups[group].length > 0).map((group) => (
        <Card
          key={group}
          size="small"
          data-testid={`task-group-${group}`}
          title={
            <Space>
              <Badge color={GROUP_COLOR[group]} />
              {t(`tasks.group.${group}`)}
              <Tag>{groups[group].length}</Tag>
            </Space>
          }
        >
          <List
            dataSource={limit ? groups[group].slice(0, limit) : groups[group]}
            renderItem={(task) => {
              const link = recordLink(task);
              return (
                <List.Item
                  data-testid="task"
                  actions={[
                    link && (
                      <Button
                        key="record"
                        type={group === 'overdue' || group === 'today' ? 'primary' : 'default'}
                        icon={<EditOutlined />}
                        onClick={() => void navigate(link)}
                        data-testid="task-record"
                      >
                        {t('tasks.record')}
                      </Button>
                    ),
                  ]}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap size={4}>
                        <Tag color={RULE_COLOR[task.rule]}>{t(`tasks.rule.${task.rule}`)}</Tag>
                        <span>{task.title}</span>
                      </Space>
                    }
                    description={
                      <Flex wrap gap={12}>
                        <span>
                          {task.students.map((student, index) => (
                            <span key={student.id}>
                              {index > 0 && '、'}
                              <Link to={`/students/${encodeURIComponent(student.id)}`}>{student.name}</Link>
                            </span>
                          ))}
                          {task.class && (
                            <Typography.Text type="secondary"> · {task.class.name}</Typography.Text>
                          )}
                        </span>
                        <Typography.Text
                          type={group === 'overdue' ? 'danger' : 'secondary'}
                          data-testid="task-due"
                        >
                          {t('tasks.due', { time: formatDateTime(task.dueAt, timeZone) })}
                        </Typography.Text>
                      </Flex>
                    }
                  />
                </List.Item>
              );
            }}
          />
          {limit && groups[group].length > limit && (
            <Link to="/tasks">{t('tasks.more', { count: groups[group].length - limit })}</Link>
          )}
        </Card>
      ))}
    </Space>
  );
}
