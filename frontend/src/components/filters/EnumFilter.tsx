import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** What a filter by one enum offers, as translation keys. */
export interface EnumFilterSpec<T extends string> {
  /** Every value that may be chosen, in the order offered. */
  values: readonly T[];
  /** Where the values' names are: `${labels}.${value}`. */
  labels: string;
  /** The control's accessible name. */
  label: string;
  /** Shown while nothing is chosen (nothing chosen: no condition). */
  placeholder: string;
}

interface EnumFilterProps<T extends string> extends EnumFilterSpec<T> {
  selected: T[] | undefined;
  onChange: (selected: T[]) => void;
  testId?: string;
}

/** A filter bar's "any of these" choice among an enum's values; each change applies at once. */
export function EnumFilter<T extends string>(props: EnumFilterProps<T>) {
  const { t } = useTranslation();
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ flex: '1 1 180px', minWidth: 0 }}
      aria-label={t(props.label)}
      placeholder={t(props.placeholder)}
      value={props.selected ?? []}
      options={props.values.map((value) => ({ value, label: t(`${props.labels}.${String(value)}`) }))}
      onChange={props.onChange}
      data-testid={props.testId}
    />
  );
}
