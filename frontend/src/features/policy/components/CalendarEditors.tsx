import { Alert, DatePicker, Drawer, Form, Grid, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetHolidayArrangementDocument, SetSchoolYearDatesDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import type { CalendarData } from '../hooks/useCalendar';
import { NamedRanges, RemovableRows, SaveButtons } from './calendarFormParts';

const DAY = 'YYYY-MM-DD';

type Range = [Dayjs, Dayjs];
type Days = { start: string; end: string };
type NamedRange = { name: string; range: Range };

interface EditorsProps {
  mode: 'holidays' | 'schoolYear';
  calendar: CalendarData;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

const toRange = (days: Days): Range => [dayjs(days.start), dayjs(days.end)];
const toDays = (range: Range): Days => ({ start: range[0].format(DAY), end: range[1].format(DAY) });
const toNamedRange = (days: Days & { name: string }): NamedRange => ({
  name: days.name,
  range: toRange(days),
});
const toNamedDays = (row: NamedRange) => ({ name: row.name, ...toDays(row.range) });

/** The principal's forms: one year's holiday arrangement, one school year's terms and breaks. */
export default function CalendarEditors({ mode, calendar, year, onClose, onSaved }: EditorsProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const save = async (send: () => Promise<{ errors: ReadonlyArray<{ message: string }> }>) => {
    setSaving(true);
    setErrors([]);
    try {
      const result = await send();
      if (result.errors.length > 0) setErrors(result.errors.map((error) => error.message));
      else onSaved();
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setSaving(false);
    }
  };

  const arrangement = calendar.holidayArrangements.find((a) => a.year === year);
  const schoolYear = calendar.schoolYears.find((y) => y.startYear === year) ?? calendar.schoolYears.at(-1);

  return (
    <Drawer
      open
      onClose={onClose}
      size={screens.md ? 560 : '100%'}
      title={mode === 'holidays' ? t('calendar.editHolidays') : t('calendar.editSchoolYear')}
      destroyOnHidden
    >
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('calendar.saveFailed')}
          description={errors.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      {mode === 'holidays' ? (
        <Form
          layout="vertical"
          disabled={saving}
          initialValues={{
            year,
            holidays: (arrangement?.holidays ?? []).map(toNamedRange),
            makeUp: (arrangement?.makeUpWorkingDays ?? []).map((d) => ({ day: dayjs(d) })),
          }}
          onFinish={(values: { year: number; holidays?: NamedRange[]; makeUp?: { day: Dayjs }[] }) =>
            void save(async () => {
              const { setHolidayArrangement } = await request(SetHolidayArrangementDocument, {
                input: {
                  year: values.year,
                  holidays: (values.holidays ?? []).map(toNamedDays),
                  makeUpWorkingDays: (values.makeUp ?? []).map((m) => m.day.format(DAY)),
                },
              });
              return setHolidayArrangement;
            })
          }
        >
          <Form.Item name="year" label={t('calendar.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <NamedRanges
            name="holidays"
            placeholder={t('calendar.holidayName')}
            addLabel={t('calendar.addHoliday')}
          />
          <RemovableRows
            name="makeUp"
            addLabel={t('calendar.addMakeUpDay')}
            style={{ marginTop: 16 }}
            row={(row) => (
              <Form.Item name={[row, 'day']} rules={[{ required: true }]}>
                <DatePicker />
              </Form.Item>
            )}
          />
          <SaveButtons saving={saving} onCancel={onClose} style={{ marginTop: 16 }} />
        </Form>
      ) : (
        <Form
          layout="vertical"
          disabled={saving}
          initialValues={{
            startYear: schoolYear?.startYear ?? year,
            range: schoolYear ? toRange(schoolYear) : undefined,
            terms: (schoolYear?.terms ?? []).map(toNamedRange),
            winter: schoolYear?.winterBreak ? toRange(schoolYear.winterBreak) : undefined,
            summer: schoolYear?.summerBreak ? toRange(schoolYear.summerBreak) : undefined,
          }}
          onFinish={(values: {
            startYear: number;
            range: Range;
            terms?: NamedRange[];
            winter?: Range;
            summer?: Range;
          }) =>
            void save(async () => {
              const { setSchoolYearDates } = await request(SetSchoolYearDatesDocument, {
                input: {
                  startYear: values.startYear,
                  ...toDays(values.range),
                  terms: (values.terms ?? []).map(toNamedDays),
                  winterBreak: values.winter ? toDays(values.winter) : null,
                  summerBreak: values.summer ? toDays(values.summer) : null,
                },
              });
              return setSchoolYearDates;
            })
          }
        >
          <Form.Item name="startYear" label={t('calendar.startYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="range" label={t('calendar.schoolYear')} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <NamedRanges name="terms" placeholder={t('calendar.termName')} addLabel={t('calendar.addTerm')} />
          <Form.Item name="winter" label={t('calendar.period.WINTER_BREAK')} style={{ marginTop: 16 }}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="summer" label={t('calendar.period.SUMMER_BREAK')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <SaveButtons saving={saving} onCancel={onClose} />
        </Form>
      )}
    </Drawer>
  );
}
