import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MutationForm } from '../../../components/form/MutationForm';
import type { MeetingFieldsFragment, MeetingKind } from '../../../gql/graphql';
import { isFutureDay } from '../../../lib/pastTime';
import { recordMeeting } from '../hooks/useMeetings';
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
  const label = (field: string) => t(`meetings.fields.${field}`);
  const tooLong = (max: number) => ({ max, message: t('meetings.tooLong', { max }) });

  return (
    <MutationForm<Values, Awaited<ReturnType<typeof recordMeeting>>, MeetingFieldsFragment>
      name="record-meeting"
      idempotencyKey={idempotencyKey}
      form={form}
      initialValues={{ kind: 'PARENT_MEETING', heldOn: dayjs(), topic: '', resolutions: [] }}
      send={(values, key) =>
        recordMeeting({
          classId,
          kind: values.kind,
          heldOn: values.heldOn!.format('YYYY-MM-DD'),
          topic: values.topic.trim(),
          minutes: values.minutes?.trim() || null,
          resolutions: values.resolutions.map((text) => text.trim()).filter((text) => text.length > 0),
          attendeeCount: values.attendeeCount ?? null,
          idempotencyKey: key,
        })
      }
      saved={(payload) => payload.meeting}
      onSaved={onRecorded}
      fieldByInput={MEETING_FIELDS}
      failure={{ title: t('meetings.failed'), testId: 'meeting-form-alert' }}
      submit={{ label: t('meetings.submit'), testId: 'meeting-submit' }}
      onCancel={onCancel}
    >
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
    </MutationForm>
  );
}
