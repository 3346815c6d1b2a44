import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Drawer, Flex, Form, Grid, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SetHolidayArrangementDocument, SetSchoolYearDatesDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import type { CalendarData } from '../hooks/useCalendar';

const DAY = 'YYYY-MM-DD';

type Range = [Dayjs, Dayjs];

interface EditorsProps {
  mode: 'holidays' | 'schoolYear';
  calendar: CalendarData;
  year: number;
  onClose: () => void;
  onSaved: () => void;
}

const range = (start: string, end: string): Range => [dayjs(start), dayjs(end)];

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
            holidays: (arrangement?.holidays ?? []).map((h) => ({
              name: h.name,
              range: range(h.start, h.end),
            })),
            makeUp: (arrangement?.makeUpWorkingDays ?? []).map((d) => ({ day: dayjs(d) })),
          }}
          onFinish={(values: {
            year: number;
            holidays?: { name: string; range: Range }[];
            makeUp?: { day: Dayjs }[];
          }) =>
            void save(async () => {
              const { setHolidayArrangement } = await request(SetHolidayArrangementDocument, {
                input: {
                  year: values.year,
                  holidays: (values.holidays ?? []).map((h) => ({
                    name: h.name,
                    start: h.range[0].format(DAY),
                    end: h.range[1].format(DAY),
                  })),
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
          <Form.List name="holidays">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                      <Input placeholder={t('calendar.holidayName')} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'range']} rules={[{ required: true }]}>
                      <DatePicker.RangePicker />
                    </Form.Item>
                    <MinusCircleOutlined
                      onClick={() => remove(field.name)}
                      aria-label={t('calendar.remove')}
                    />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>
                  {t('calendar.addHoliday')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.List name="makeUp">
            {(fields, { add, remove }) => (
              <div style={{ marginTop: 16 }}>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'day']} rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <MinusCircleOutlined
                      onClick={() => remove(field.name)}
                      aria-label={t('calendar.remove')}
                    />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>
                  {t('calendar.addMakeUpDay')}
                </Button>
              </div>
            )}
          </Form.List>
          <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : (
        <Form
          layout="vertical"
          disabled={saving}
          initialValues={{
            startYear: schoolYear?.startYear ?? year,
            range: schoolYear ? range(schoolYear.start, schoolYear.end) : undefined,
            terms: (schoolYear?.terms ?? []).map((term) => ({
              name: term.name,
              range: range(term.start, term.end),
            })),
            winter: schoolYear?.winterBreak
              ? range(schoolYear.winterBreak.start, schoolYear.winterBreak.end)
              : undefined,
            summer: schoolYear?.summerBreak
              ? range(schoolYear.summerBreak.start, schoolYear.summerBreak.end)
              : undefined,
          }}
          onFinish={(values: {
            startYear: number;
            range: Range;
            terms?: { name: string; range: Range }[];
            winter?: Range;
            summer?: Range;
          }) =>
            void save(async () => {
              const { setSchoolYearDates } = await request(SetSchoolYearDatesDocument, {
                input: {
                  startYear: values.startYear,
                  start: values.range[0].format(DAY),
                  end: values.range[1].format(DAY),
                  terms: (values.terms ?? []).map((term) => ({
                    name: term.name,
                    start: term.range[0].format(DAY),
                    end: term.range[1].format(DAY),
                  })),
                  winterBreak: values.winter
                    ? { start: values.winter[0].format(DAY), end: values.winter[1].format(DAY) }
                    : null,
                  summerBreak: values.summer
                    ? { start: values.summer[0].format(DAY), end: values.summer[1].format(DAY) }
                    : null,
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
          <Form.List name="terms">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                      <Input placeholder={t('calendar.termName')} style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'range']} rules={[{ required: true }]}>
                      <DatePicker.RangePicker />
                    </Form.Item>
                    <MinusCircleOutlined
                      onClick={() => remove(field.name)}
                      aria-label={t('calendar.remove')}
                    />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} block>
                  {t('calendar.addTerm')}
                </Button>
              </>
            )}
          </Form.List>
          <Form.Item name="winter" label={t('calendar.period.WINTER_BREAK')} style={{ marginTop: 16 }}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="summer" label={t('calendar.period.SUMMER_BREAK')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Flex justify="end" gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Drawer>
  );
}
