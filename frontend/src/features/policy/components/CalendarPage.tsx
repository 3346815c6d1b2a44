import { EditOutlined } from '@ant-design/icons';
import { Button, Calendar, Card, Col, Flex, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import { useViewer } from '../../viewer/hooks/viewerContext';
import { useCalendar, type CalendarDay } from '../hooks/useCalendar';

const CalendarEditors = lazy(() => import('./CalendarEditors'));

const KIND_COLOR: Record<string, string> = { HOLIDAY: 'red', MAKE_UP_WORKDAY: 'orange' };
const PERIOD_BACKGROUND: Record<string, string> = { WINTER_BREAK: '#e6f4ff', SUMMER_BREAK: '#fff7e6' };

/** 校历: the year's days (holidays, make-up working days, breaks), school years and arrangements. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [year, setYear] = useState(dayjs().year());
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [editing, setEditing] = useState<'holidays' | 'schoolYear' | null>(null);
  const { calendar, error, loading, refetch } = useCalendar(year);
  const days = useMemo(
    () => new Map<string, CalendarDay>((calendar?.days ?? []).map((day) => [day.date, day])),
    [calendar],
  );
  const principal = viewer?.roles.includes('PRINCIPAL') ?? false;

  if (loading && !calendar) return <PageSpinner />;
  if (error || !calendar) return <ErrorResult error={error} onRetry={refetch} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('calendar.title')}
        </Typography.Title>
        <Space wrap>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => {
              if (value) {
                setYear(value);
                setMonth(month.year(value));
              }
            }}
            aria-label={t('calendar.year')}
          />
          {principal && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing('holidays')}>
                {t('calendar.editHolidays')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setEditing('schoolYear')}>
                {t('calendar.editSchoolYear')}
              </Button>
            </>
          )}
        </Space>
      </Flex>
      <Space wrap size="small">
        <Tag color="red">{t('calendar.kind.HOLIDAY')}</Tag>
        <Tag color="orange">{t('calendar.kind.MAKE_UP_WORKDAY')}</Tag>
        <Tag style={{ background: PERIOD_BACKGROUND.WINTER_BREAK }}>{t('calendar.period.WINTER_BREAK')}</Tag>
        <Tag style={{ background: PERIOD_BACKGROUND.SUMMER_BREAK }}>{t('calendar.period.SUMMER_BREAK')}</Tag>
      </Space>
      <Card size="small">
        <Calendar
          value={month}
          onPanelChange={(value) => {
            setMonth(value);
            if (value.year() !== year) setYear(value.year());
          }}
          onSelect={(value) => setMonth(value)}
          fullCellRender={(current, info) => {
            if (info.type !== 'date') return info.originNode;
            const day = days.get(current.format('YYYY-MM-DD'));
            return (
              <div
                data-testid="calendar-day"
                data-date={current.format('YYYY-MM-DD')}
                data-kind={day?.kind}
                style={{
                  margin: 2,
                  padding: 4,
                  minHeight: 56,
                  borderRadius: 4,
                  background: day ? PERIOD_BACKGROUND[day.schoolPeriod] : undefined,
                  opacity: current.month() === month.month() ? 1 : 0.4,
                }}
              >
                <div style={{ textAlign: 'right' }}>{current.date()}</div>
                {day && KIND_COLOR[day.kind] && (
                  <Tag color={KIND_COLOR[day.kind]} style={{ marginInlineEnd: 0 }}>
                    {day.kind === 'HOLIDAY' ? day.holiday : t('calendar.makeUpShort')}
                  </Tag>
                )}
              </div>
            );
          }}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('calendar.schoolYears')}>
            <Table
              size="small"
              rowKey="startYear"
              pagination={false}
              dataSource={calendar.schoolYears}
              columns={[
                {
                  title: t('calendar.schoolYear'),
                  render: (_, row) => `${row.startYear}–${row.startYear + 1}`,
                },
                {
                  title: t('calendar.terms'),
                  render: (_, row) =>
                    row.terms.map((term) => (
                      <div key={term.name}>
                        {term.name}：{term.start} ~ {term.end}
                      </div>
                    )),
                },
                {
                  title: t('calendar.breaks'),
                  render: (_, row) => (
                    <>
                      {row.winterBreak && (
                        <div>
                          {t('calendar.period.WINTER_BREAK')}：{row.winterBreak.start} ~ {row.winterBreak.end}
                        </div>
                      )}
                      {row.summerBreak && (
                        <div>
                          {t('calendar.period.SUMMER_BREAK')}：{row.summerBreak.start} ~ {row.summerBreak.end}
                        </div>
                      )}
                    </>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('calendar.arrangements')}>
            <Table
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={calendar.holidayArrangements}
              columns={[
                { title: t('calendar.year'), dataIndex: 'year' },
                {
                  title: t('calendar.holidays'),
                  render: (_, row) =>
                    row.holidays.map((holiday) => (
                      <div key={holiday.name + holiday.start}>
                        {holiday.name}：{holiday.start} ~ {holiday.end}
                      </div>
                    )),
                },
                { title: t('calendar.makeUpDays'), render: (_, row) => row.makeUpWorkingDays.join('、') },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Suspense fallback={null}>
        {editing && (
          <CalendarEditors
            mode={editing}
            calendar={calendar}
            year={year}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              refetch();
            }}
          />
        )}
      </Suspense>
    </Space>
  );
}
