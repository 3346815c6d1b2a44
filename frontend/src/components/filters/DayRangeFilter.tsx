import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** Calendar days as filters keep them: YYYY-MM-DD, either end open. */
export interface DayRange {
  fromDay?: string;
  toDay?: string;
}

interface DayRangeFilterProps extends DayRange {
  onChange: (range: DayRange) => void;
}

const DAY = 'YYYY-MM-DD';

/** A filter bar's range of days, either end left open; each change applies at once. */
export function DayRangeFilter({ fromDay, toDay, onChange }: DayRangeFilterProps) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      style={{ flex: '1 1 240px', minWidth: 0 }}
      aria-label={t('timeline.filterDays')}
      value={[fromDay ? dayjs(fromDay) : null, toDay ? dayjs(toDay) : null]}
      onChange={(days) => onChange({ fromDay: days?.[0]?.format(DAY), toDay: days?.[1]?.format(DAY) })}
    />
  );
}
