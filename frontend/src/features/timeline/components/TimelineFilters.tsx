import { FilterOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, CONTACT_KINDS } from '../../contacts/contactOptions';
import { activeFilterCount, ENTRY_TYPES, type TimelineFilterValues } from '../timelineFilter';

interface TimelineFiltersProps {
  value: TimelineFilterValues;
  onChange: (next: TimelineFilterValues) => void;
}

const DAY = 'YYYY-MM-DD';

/**
 * "Filter" opens the bar: entry types, kinds and forms of contacts, a range of days. Each
 * change applies at once; "clear" removes every condition. Folded by default (phones).
 */
export function TimelineFilters({ value, onChange }: TimelineFiltersProps) {
  const { t } = useTranslation();
  const count = activeFilterCount(value);
  const [open, setOpen] = useState(count > 0);
  const width = { flex: '1 1 180px', minWidth: 0 };
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
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={width}
            aria-label={t('timeline.filterTypes')}
            placeholder={t('timeline.allTypes')}
            value={value.types ?? []}
            options={ENTRY_TYPES.map((type) => ({ value: type, label: t(`entryType.${type}`) }))}
            onChange={(types) => onChange({ ...value, types })}
            data-testid="filter-types"
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={width}
            aria-label={t('timeline.filterKinds')}
            placeholder={t('timeline.allKinds')}
            value={value.kinds ?? []}
            options={CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`contactKind.${kind}`) }))}
            onChange={(kinds) => onChange({ ...value, kinds })}
            data-testid="filter-kinds"
          />
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={width}
            aria-label={t('timeline.filterForms')}
            placeholder={t('timeline.allForms')}
            value={value.forms ?? []}
            options={CONTACT_FORMS.map((form) => ({ value: form, label: t(`contactForm.${form}`) }))}
            onChange={(forms) => onChange({ ...value, forms })}
            data-testid="filter-forms"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            style={{ flex: '1 1 240px', minWidth: 0 }}
            aria-label={t('timeline.filterDays')}
            value={[value.fromDay ? dayjs(value.fromDay) : null, value.toDay ? dayjs(value.toDay) : null]}
            onChange={(days) =>
              onChange({ ...value, fromDay: days?.[0]?.format(DAY), toDay: days?.[1]?.format(DAY) })
            }
          />
        </Flex>
      )}
    </div>
  );
}
