import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Space } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface RemovableRowsProps {
  name: string;
  addLabel: string;
  /** One row's fields, by the row's name in the list. */
  row: (name: number) => ReactNode;
  /** Rows that wrap (wide rows on phones). */
  wrap?: boolean;
  style?: CSSProperties;
}

/** A list of rows, each with a "remove" mark, and "add" under them. */
export function RemovableRows({ name, addLabel, row, wrap, style }: RemovableRowsProps) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div style={style}>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap={wrap}>
              {row(field.name)}
              <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('calendar.remove')} />
            </Space>
          ))}
          <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** Rows of a name and a range of days: holidays, terms. */
export function NamedRanges({
  name,
  placeholder,
  addLabel,
}: {
  name: string;
  placeholder: string;
  addLabel: string;
}) {
  return (
    <RemovableRows
      name={name}
      addLabel={addLabel}
      wrap
      row={(row) => (
        <>
          <Form.Item name={[row, 'name']} rules={[{ required: true }]}>
            <Input placeholder={placeholder} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name={[row, 'range']} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        </>
      )}
    />
  );
}

/** Cancel and save, under an editor's form. */
export function SaveButtons({
  saving,
  onCancel,
  style,
}: {
  saving: boolean;
  onCancel: () => void;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="end" gap={8} style={style}>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('common.save')}
      </Button>
    </Flex>
  );
}
