import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format/date';
import { useSchoolTimeZone } from '../../viewer/hooks/viewerContext';
import { useNotifications } from '../hooks/useNotifications';

/**
 * In-app reminders and overdue notices (tasks, and escalation steps past due, which link to
 * the escalation), newest first; unread ones can be marked read.
 */
export function NotificationsCard() {
  const { t } = useTranslation();
  const timeZone = useSchoolTimeZone();
  const { notifications, unread, loading, markRead } = useNotifications();
  return (
    <Card
      size="small"
      loading={loading && notifications.length === 0}
      title={
        <Badge count={unread} size="small" offset={[8, 0]}>
          <span>
            <BellOutlined /> {t('notifications.title')}
          </span>
        </Badge>
      }
      data-testid="notifications"
    >
      {notifications.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={notifications}
          renderItem={(item) => (
            <List.Item
              actions={
                item.read
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => void markRead(item.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!item.read} type={item.kind === 'OVERDUE' ? 'danger' : undefined}>
                    {item.escalation ? (
                      <Link
                        to={`/escalations/${encodeURIComponent(item.escalation.id)}`}
                        style={{ color: 'inherit' }}
                        data-testid="notification-escalation"
                      >
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                  </Typography.Text>
                }
                description={t('notifications.created', { time: formatDateTime(item.createdAt, timeZone) })}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
