import { Form, Input, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TextAreaItemProps {
  name: string;
  label: string;
  /** The most characters the server takes: typing stops there, and a longer value (pasted, loaded) is refused. */
  maxLength: number;
  placeholder?: string;
  /** A blank value, or one of spaces only, is refused: with this message, or "please enter <label>" for true. */
  required?: boolean | string;
  /** Rules besides required and the length, such as one that depends on other fields. */
  rules?: FormRule[];
  dependencies?: string[];
  extra?: ReactNode;
  /** The lines the box grows between as the text gets longer. */
  rows?: { minRows: number; maxRows: number };
  /** Shows how many of the characters allowed are used. */
  showCount?: boolean;
}

/** A text the user writes out (a description, a reason, an analysis), with the server's length limit. */
export function TextAreaItem({
  name,
  label,
  maxLength,
  placeholder,
  required,
  rules = [],
  dependencies,
  extra,
  rows = { minRows: 2, maxRows: 8 },
  showCount,
}: TextAreaItemProps) {
  const { t } = useTranslation();
  const requiredMessage = typeof required === 'string' ? required : t('record.required', { field: label });
  return (
    <Form.Item
      name={name}
      label={label}
      dependencies={dependencies}
      extra={extra}
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: requiredMessage }] : []),
        ...rules,
        { max: maxLength, message: t('record.textTooLong', { max: maxLength }) },
      ]}
    >
      <Input.TextArea autoSize={rows} maxLength={maxLength} showCount={showCount} placeholder={placeholder} />
    </Form.Item>
  );
}
