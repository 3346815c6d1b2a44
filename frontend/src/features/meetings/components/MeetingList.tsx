import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment, MeetingKind } from '../../../gql/graphql';

const KIND_COLORS: Record<MeetingKind, string> = {
  PARENT_MEETING: 'blue',
  PARENT_COMMITTEE: 'purple',
  OPEN_DAY: 'green',
  PARENT_WORKSHOP: 'cyan',
};

/** A class's meetings, newest first: day, kind, topic, who was there, minutes and resolutions. */
export function MeetingList({ meetings }: { meetings: readonly MeetingFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <List<MeetingFieldsFragment>
      dataSource={[...meetings]}
      rowKey={(meeting) => meeting.id}
      locale={{ emptyText: t('meetings.empty') }}
      data-testid="meeting-list"
      renderItem={(meeting) => (
        <List.Item data-testid="meeting">
          <List.Item.Meta
            title={
              <Space wrap>
                <Typography.Text>{meeting.heldOn}</Typography.Text>
                <Tag color={KIND_COLORS[meeting.kind]}>{t(`meetings.kind.${meeting.kind}`)}</Tag>
                <Typography.Text strong>{meeting.topic}</Typography.Text>
              </Space>
            }
            description={
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text type="secondary">
                  {[
                    meeting.attendeeCount !== null && meeting.attendeeCount !== undefined
                      ? t('meetings.attendees', { count: meeting.attendeeCount })
                      : null,
                    meeting.recordedBy
                      ? t('meetings.recordedBy', { name: meeting.recordedBy.displayName })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                {meeting.minutes && (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                    {meeting.minutes}
                  </Typography.Paragraph>
                )}
                {meeting.resolutions.length > 0 && (
                  <div>
                    <Typography.Text type="secondary">{t('meetings.fields.resolutions')}</Typography.Text>
                    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                      {meeting.resolutions.map((resolution) => (
                        <li key={resolution}>{resolution}</li>
                      ))}
                    </ol>
                  </div>
                )}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
