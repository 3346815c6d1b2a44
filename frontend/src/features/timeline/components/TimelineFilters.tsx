import { FilterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayRangeFilter } from '../../../components/filters/DayRangeFilter';
import { EnumFilter } from '../../../components/filters/EnumFilter';
import { FORMS_FILTER, KINDS_FILTER } from '../../contacts/contactOptions';
import { activeFilterCount, TYPES_FILTER, type TimelineFilterValues } from '../timelineFilter';

interface TimelineFiltersProps {
  value: TimelineFilterValues;
  onChange: (next: TimelineFilterValues) => void;
}

/**
 * "Filter" opens the bar: entry types, kinds and forms of contacts, a range of days. Each
 * change applies at once; "clear" removes every condition. Folded by default (phones).
 */
export function TimelineFilters({ value, onChange }: TimelineFiltersProps) {
  const { t } = useTranslation();
  const count = activeFilterCount(value);
  const [open, setOpen] = useState(count > 0);
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex gap={8} align="center" wrap>
        <Button
          size="small"
          icon={<FilterOutlined />}
          type={count > 0 ? 'primary' : 'default'}
          ghost={count > 0}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          data-testid="timeline-filter-toggle"
        >
          {count > 0 ? t('timeline.filterCount', { count }) : t('timeline.filter')}
        </Button>
        {count > 0 && (
          <Button size="small" type="link" onClick={() => onChange({})} data-testid="timeline-filter-clear">
            {t('timeline.clearFilters')}
          </Button>
        )}
      </Flex>
      {open && (
        <Flex gap={8} wrap style={{ marginTop: 8 }} data-testid="timeline-filters">
          <EnumFilter
            {...TYPES_FILTER}
            selected={value.types}
            onChange={(types) => onChange({ ...value, types })}
            testId="filter-types"
          />
          <EnumFilter
            {...KINDS_FILTER}
            selected={value.kinds}
            onChange={(kinds) => onChange({ ...value, kinds })}
            testId="filter-kinds"
          />
          <EnumFilter
            {...FORMS_FILTER}
            selected={value.forms}
            onChange={(forms) => onChange({ ...value, forms })}
            testId="filter-forms"
          />
          <DayRangeFilter
            fromDay={value.fromDay}
            toDay={value.toDay}
            onChange={(days) => onChange({ ...value, ...days })}
          />
        </Flex>
      )}
    </div>
  );
}
