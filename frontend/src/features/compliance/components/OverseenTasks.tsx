import { Alert, Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  OverseenTasksDocument,
  WaiveObligationDocument,
  type OverseenTasksQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';
import { formatDateTime } from '../../../lib/format/date';
import { randomUuid } from '../../../lib/uuid';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';

type Task = OverseenTasksQuery['obligations']['edges'][number]['node'];

/**
 * Open and overdue tasks of the classes the viewer oversees (one class, or all of them),
 * most urgent first; the principal, 德育处 and grade leaders may waive one with a reason.
 */
export function OverseenTasks({ classId, mayWaive }: { classId?: string; mayWaive: boolean }) {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const [waiving, setWaiving] = useState<Task | null>(null);
  const { data, loading, refetch } = useQuery(
    () =>
      request(OverseenTasksDocument, {
        filter: { classId: classId ?? null, state: ['OVERDUE', 'OPEN'] },
        first: 20,
      }),
    `overseen:${classId ?? ''}`,
  );
  const tasks = data?.obligations.edges.map((edge) => edge.node) ?? [];
  return (
    <Card
      size="small"
      title={t('compliance.tasks.title', { count: data?.obligations.totalCount ?? 0 })}
      data-testid="overseen-tasks"
    >
      <Table<Task>
        size="small"
        rowKey="id"
        loading={loading && !data}
        dataSource={tasks}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('compliance.tasks.empty') }}
        columns={[
          {
            title: t('compliance.tasks.task'),
            render: (_, task) => (
              <>
                <Tag color={task.state === 'OVERDUE' ? 'red' : 'blue'}>
                  {t(`compliance.tasks.state.${task.state}`)}
                </Tag>
                {task.title}
              </>
            ),
          },
          {
            title: t('compliance.tasks.students'),
            render: (_, task) =>
              task.students.map((student) => (
                <Link
                  key={student.id}
                  to={`/students/${encodeURIComponent(student.id)}`}
                  style={{ marginInlineEnd: 8 }}
                >
                  {student.name}
                </Link>
              )),
          },
          { title: t('compliance.tasks.owner'), render: (_, task) => task.owner?.displayName ?? '—' },
          { title: t('compliance.tasks.due'), render: (_, task) => formatDateTime(task.dueAt, timeZone) },
          ...(mayWaive
            ? [
                {
                  key: 'waive',
                  render: (_: unknown, task: Task) => (
                    <Button size="small" onClick={() => setWaiving(task)} data-testid="waive">
                      {t('compliance.tasks.waive')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {waiving && (
        <WaiveModal
          task={waiving}
          onClose={() => setWaiving(null)}
          onWaived={() => {
            setWaiving(null);
            refetch();
          }}
        />
      )}
    </Card>
  );
}

function WaiveModal({ task, onClose, onWaived }: { task: Task; onClose: () => void; onWaived: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [key] = useState(randomUuid);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const waive = async ({ reason }: { reason: string }) => {
    setSaving(true);
    try {
      const { waiveObligation } = await request(WaiveObligationDocument, {
        input: { id: task.id, reason: reason.trim(), idempotencyKey: key },
      });
      if (waiveObligation.errors.length > 0) setErrors(waiveObligation.errors.map((error) => error.message));
      else onWaived();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('compliance.tasks.waiveTitle', { title: task.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('compliance.tasks.waive')}
      confirmLoading={saving}
      destroyOnHidden
    >
      {errors.length > 0 && (
        <Alert type="error" showIcon title={errors.join(' ')} style={{ marginBottom: 16 }} />
      )}
      <Form form={form} layout="vertical" onFinish={waive} name="waive-obligation">
        <Form.Item
          name="reason"
          label={t('compliance.tasks.reason')}
          rules={[{ required: true, whitespace: true, message: t('compliance.tasks.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
