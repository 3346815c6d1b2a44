import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment, MeetingKind } from '../../../gql/graphql';
import { sortUserErrors } from '../../../lib/graphql/userErrors';
import { isFutureDay } from '../../../lib/pastTime';
import { useRecordMeeting } from '../hooks/useMeetings';
import {
  ATTENDEES_MAX,
  MEETING_FIELDS,
  MEETING_KINDS,
  MINUTES_MAX,
  RESOLUTION_MAX,
  RESOLUTIONS_MAX,
  TOPIC_MAX,
} from '../meetingOptions';
import { PreviousResolutions } from './PreviousResolutions';

export interface RecordMeetingFormProps {
  classId: string;
  /** One per opening of the form: a retry or double submit never records twice. */
  idempotencyKey: string;
  onRecorded: (meeting: MeetingFieldsFragment) => void;
  onCancel: () => void;
}

interface Values {
  kind: MeetingKind;
  heldOn?: Dayjs;
  topic: string;
  attendeeCount?: number | null;
  minutes?: string;
  resolutions: string[];
}

/**
 * 记录会议: a parent meeting, committee meeting, open day or workshop of the class. For a
 * committee meeting the minutes are required and the last committee meeting's resolutions
 * are shown, so this one follows them up.
 */
export function RecordMeetingForm({ classId, idempotencyKey, onRecorded, onCancel }: RecordMeetingFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'PARENT_MEETING';
  const { submit, submitting } = useRecordMeeting();
  const [alerts, setAlerts] = useState<string[]>([]);
  const label = (field: string) => t(`meetings.fields.${field}`);
  const tooLong = (max: number) => ({ max, message: t('meetings.tooLong', { max }) });

  const onFinish = async (values: Values) => {
    setAlerts([]);
    try {
      const result = await submit({
        classId,
        kind: values.kind,
        heldOn: values.heldOn!.format('YYYY-MM-DD'),
        topic: values.topic.trim(),
        minutes: values.minutes?.trim() || null,
        resolutions: values.resolutions.map((text) => text.trim()).filter((text) => text.length > 0),
        attendeeCount: values.attendeeCount ?? null,
        idempotencyKey,
      });
      if (!result) return;
      if (result.errors.length > 0 || !result.meeting) {
        const { byField, general } = sortUserErrors(result.errors, MEETING_FIELDS);
        form.setFields(
          Object.entries(byField).map(([name, errors]) => ({ name: name as keyof Values, errors })),
        );
        setAlerts(general);
        return;
      }
      onRecorded(result.meeting);
    } catch (error) {
      setAlerts([error instanceof Error ? error.message : String(error)]);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      name="record-meeting"
      initialValues={{ kind: 'PARENT_MEETING', heldOn: dayjs(), topic: '', resolutions: [] }}
      onFinish={onFinish}
      disabled={submitting}
    >
      {alerts.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('meetings.failed')}
          description={alerts.map((message) => (
            <div key={message}>{message}</div>
          ))}
          style={{ marginBottom: 16 }}
          data-testid="meeting-form-alert"
        />
      )}
      <Flex gap={16} wrap>
        <Form.Item name="kind" label={label('kind')} style={{ minWidth: 160 }}>
          <Select
            options={MEETING_KINDS.map((value) => ({ value, label: t(`meetings.kind.${value}`) }))}
            data-testid="meeting-kind"
          />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={label('heldOn')}
          rules={[{ required: true, message: t('meetings.required', { field: label('heldOn') }) }]}
        >
          <DatePicker disabledDate={(current) => isFutureDay(current, dayjs())} />
        </Form.Item>
        <Form.Item name="attendeeCount" label={label('attendeeCount')}>
          <InputNumber min={0} max={ATTENDEES_MAX} precision={0} />
        </Form.Item>
      </Flex>
      {kind === 'PARENT_COMMITTEE' && <PreviousResolutions classId={classId} />}
      <Form.Item
        name="topic"
        label={label('topic')}
        rules={[
          { required: true, whitespace: true, message: t('meetings.required', { field: label('topic') }) },
          tooLong(TOPIC_MAX),
        ]}
      >
        <Input maxLength={TOPIC_MAX} />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={label('minutes')}
        rules={[
          {
            required: kind === 'PARENT_COMMITTEE',
            whitespace: true,
            message: t('meetings.minutesRequired'),
          },
          tooLong(MINUTES_MAX),
        ]}
      >
        <Input.TextArea rows={4} maxLength={MINUTES_MAX} />
      </Form.Item>
      <Form.List name="resolutions">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={label('resolutions')} validateStatus={errors.length > 0 ? 'error' : undefined}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item
                  name={field.name}
                  rules={[tooLong(RESOLUTION_MAX)]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input
                    maxLength={RESOLUTION_MAX}
                    placeholder={t('meetings.resolution', { n: index + 1 })}
                    aria-label={t('meetings.resolution', { n: index + 1 })}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('meetings.removeResolution', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            {fields.length < RESOLUTIONS_MAX && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('meetings.addResolution')}
              </Button>
            )}
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Flex justify="end" gap={8}>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="meeting-submit">
          {t('meetings.submit')}
        </Button>
      </Flex>
    </Form>
  );
}
