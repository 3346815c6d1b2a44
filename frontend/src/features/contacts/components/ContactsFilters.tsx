import { Checkbox, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayRangeFilter } from '../../../components/filters/DayRangeFilter';
import { EnumFilter } from '../../../components/filters/EnumFilter';
import { FORMS_FILTER, KINDS_FILTER } from '../contactOptions';
import type { ContactsSearch } from '../contactsSearch';

interface ScopeOption {
  value: string;
  label: string;
}

interface ContactsFiltersProps {
  value: ContactsSearch;
  scope: string | undefined;
  grades: ScopeOption[];
  classes: ScopeOption[];
  onChange: (next: ContactsSearch) => void;
}

/** Class or grade, then forms, kinds, a range of days and "needs the school only"; each applies at once. */
export function ContactsFilters({ value, scope, grades, classes, onChange }: ContactsFiltersProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="contacts-filters">
      <Select
        style={{ flex: '1 1 180px', minWidth: 0 }}
        aria-label={t('contactsList.scope')}
        placeholder={t('contactsList.scope')}
        value={scope}
        onChange={(next) => onChange({ ...value, scope: next })}
        options={[
          ...(grades.length > 0 ? [{ label: t('contactsList.grades'), options: grades }] : []),
          ...(classes.length > 0 ? [{ label: t('contactsList.classes'), options: classes }] : []),
        ]}
        data-testid="contacts-scope"
      />
      <EnumFilter
        {...FORMS_FILTER}
        selected={value.forms}
        onChange={(forms) => onChange({ ...value, forms })}
      />
      <EnumFilter
        {...KINDS_FILTER}
        selected={value.kinds}
        onChange={(kinds) => onChange({ ...value, kinds })}
      />
      <DayRangeFilter
        fromDay={value.fromDay}
        toDay={value.toDay}
        onChange={(days) => onChange({ ...value, ...days })}
      />
      <Checkbox
        checked={value.needsSchool === true}
        onChange={(event) => onChange({ ...value, needsSchool: event.target.checked || undefined })}
        data-testid="contacts-needs-school"
      >
        {t('contactsList.needsSchoolOnly')}
      </Checkbox>
    </Flex>
  );
}
