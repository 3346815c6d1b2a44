import { Checkbox, DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CONTACT_FORMS, CONTACT_KINDS } from '../contactOptions';
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

const DAY = 'YYYY-MM-DD';

/** Class or grade, then forms, kinds, a range of days and "needs the school only"; each applies at once. */
export function ContactsFilters({ value, scope, grades, classes, onChange }: ContactsFiltersProps) {
  const { t } = useTranslation();
  const width = { flex: '1 1 180px', minWidth: 0 };
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }} data-testid="contacts-filters">
      <Select
        style={width}
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
