import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditSearch } from '../auditFilter';

interface Values {
  householdId?: string;
  studentId?: string;
  days?: [Dayjs | null, Dayjs | null] | null;
}

interface AuditFiltersProps {
  value: AuditSearch;
  onChange: (next: AuditSearch) => void;
}

const DAY = 'YYYY-MM-DD';

/** Household id, student id and a range of days; applied on "search", cleared on "reset". */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const initialValues: Values = {
    householdId: value.householdId,
    studentId: value.studentId,
    days:
      value.fromDay || value.toDay
        ? [value.fromDay ? dayjs(value.fromDay) : null, value.toDay ? dayjs(value.toDay) : null]
        : null,
  };
  return (
    <Form<Values>
      layout="inline"
      name="audit-filter"
      initialValues={initialValues}
      onFinish={(values) =>
        onChange({
          householdId: values.householdId?.trim(),
          studentId: values.studentId?.trim(),
          fromDay: values.days?.[0]?.format(DAY),
          toDay: values.days?.[1]?.format(DAY),
        })
      }
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      <Form.Item name="householdId" label={t('audit.householdId')}>
        <Input allowClear placeholder="hh_…" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="studentId" label={t('audit.studentId')}>
        <Input allowClear placeholder="stu_…" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="days" label={t('audit.days')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('audit.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({})} data-testid="audit-reset">
          {t('audit.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
