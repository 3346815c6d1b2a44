import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, List, message, Space, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormOpening } from '../../../components/form/useFormOpening';
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
  ONBOARDING_FILE: 'purple',
  ONBOARDING_PARENT_CALL: 'cyan',
  ONBOARDING_CONSULTANT_TALK: 'purple',
  FIRST_LESSON_NOTICE: 'cyan',
  FIRST_LESSON_CALL: 'cyan',
  LEARNING_PLAN: 'geekblue',
  TUTORING_PLAN: 'geekblue',
  CADENCE_FOLLOW_UP: 'blue',
  GROWTH_RECORD: 'green',
};

// The note form loads on first use, not with the list.
const CompleteTaskModal = lazy(() =>
  import('./CompleteTaskModal').then((m) => ({ default: m.CompleteTaskModal })),
);

interface TaskListProps {
  tasks: readonly Task[];
  /** Show at most this many per group (the home page's summary). */
  limit?: number;
  now?: Date;
  /** A task was marked done: the list should be read again. */
  onChanged?: () => void;
}

/**
 * Tasks in groups — overdue, today, this week, later — each with "record the contact", or,
 * for paperwork no contact shows, "mark done" with a note.
 */
export function TaskList({ tasks, limit, now = new Date(), onChanged }: TaskListProps) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const navigate = useNavigate();
  const groups = groupTasks(tasks, now, timeZone);
  // The task being marked done; the form opens with a fresh idempotency key each time.
  const [completing, setCompleting] = useState<Task | null>(null);
  const completeForm = useFormOpening();
  const [messages, messageHolder] = message.useMessage();

  if (tasks.length === 0) return <Empty description={t('tasks.empty')} data-testid="tasks-empty" />;
  const urgent = (group: TaskGroup) => group === 'overdue' || group === 'today';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {messageHolder}
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
                        type={urgent(group) ? 'primary' : 'default'}
                        icon={<EditOutlined />}
                        onClick={() => void navigate(link)}
                        data-testid="task-record"
                      >
                        {t('tasks.record')}
                      </Button>
                    ),
                    task.completedByHand && (
                      <Button
                        key="complete"
                        type={urgent(group) ? 'primary' : 'default'}
                        icon={<CheckOutlined />}
                        onClick={() => {
                          setCompleting(task);
                          completeForm.open();
                        }}
                        data-testid="task-complete"
                      >
                        {t('tasks.complete')}
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
      <Suspense fallback={null}>
        {completeForm.loaded && (
          <CompleteTaskModal
            task={completing && { id: completing.id, title: completing.title }}
            idempotencyKey={completeForm.idempotencyKey}
            onClose={completeForm.close}
            onCompleted={() => {
              completeForm.close();
              void messages.success(t('tasks.completed'));
              onChanged?.();
            }}
          />
        )}
      </Suspense>
    </Space>
  );
}
