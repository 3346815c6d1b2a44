import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isFutureDay, isInFuture } from '../../lib/pastTime';

interface PastDateTimeItemProps {
  name: string;
  label: string;
  required?: boolean;
  /** Shown for a time after now. */
  futureMessage: string;
  style?: CSSProperties;
}

/** When something happened, to the minute: days after today cannot be picked, a later time is refused. */
export function PastDateTimeItem({ name, label, required, futureMessage, style }: PastDateTimeItemProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      style={style}
      rules={[
        ...(required ? [{ required: true, message: t('record.required', { field: label }) }] : []),
        {
          validator: async (_, value?: Dayjs) => {
            if (isInFuture(value, dayjs())) throw new Error(futureMessage);
          },
        },
      ]}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        disabledDate={(current) => isFutureDay(current, dayjs())}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
