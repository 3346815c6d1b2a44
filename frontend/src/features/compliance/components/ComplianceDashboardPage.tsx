import {
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Button,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageSpinner } from '../../../components/PageSpinner';
import type {
  ComplianceReportQuery,
  ComplianceScopeInput,
  ReportPeriodInput,
  StaffRole,
} from '../../../gql/graphql';
import { useComplianceOptions, useComplianceReport, useComplianceTrend } from '../hooks/useCompliance';
import '../i18n';
import { ExportButtons } from './ExportButtons';
import { MeetingFigure } from './MeetingFigure';
import { OverseenTasks } from './OverseenTasks';
import { periodOptions, scopeOptions } from '../scopes';

// ECharts is big: it loads with the charts, after the figures are on screen.
const TeacherChart = lazy(() => import('./ComplianceCharts').then((m) => ({ default: m.TeacherChart })));
const TrendChart = lazy(() => import('./ComplianceCharts').then((m) => ({ default: m.TrendChart })));

type Report = ComplianceReportQuery['complianceReport'];
type TeacherRow = Report['teachers'][number];
type ClassRow = Report['classes'][number];

const MONTH = 'month';

const WAIVERS: readonly string[] = ['PRINCIPAL', 'MORAL_EDUCATION', 'GRADE_LEADER'];

function percentTag(percent: number | null | undefined, below: boolean) {
  if (percent === null || percent === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag color={below ? 'red' : percent >= 100 ? 'green' : 'blue'}>{percent}%</Tag>;
}

/** 合规统计: figures against the policy's quotas for a school, grade, class or teacher. */
export default function ComplianceDashboardPage() {
  const { t } = useTranslation();
  const options = useComplianceOptions();
  const scopes = useMemo(
    () => (options.data?.viewer ? scopeOptions(options.data.viewer) : []),
    [options.data],
  );
  const periods = useMemo(
    () => (options.data ? periodOptions(options.data.schoolCalendar.schoolYears) : []),
    [options.data],
  );
  const [scopeKey, setScopeKey] = useState<string>();
  const [periodKey, setPeriodKey] = useState<string>(MONTH);
  const [month, setMonth] = useState<Dayjs>(dayjs());

  const scopeOption = scopes.find((option) => option.key === scopeKey) ?? scopes[0];
  const scope: ComplianceScopeInput | undefined = scopeOption?.scope;
  const period: ReportPeriodInput =
    periodKey === MONTH
      ? { month: month.format('YYYY-MM') }
      : (periods.find((option) => option.key === periodKey)?.period ?? { month: month.format('YYYY-MM') });

  if (options.loading && !options.data) return <PageSpinner />;
  if (options.error) return <ErrorResult error={options.error} onRetry={options.refetch} />;
  if (!scope) return <Empty description={t('compliance.noScope')} />;
  // Task lists are for those who oversee classes; a teacher's own are on "My tasks".
  const overseer = scope.teacherId === undefined || scope.teacherId === null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('compliance.title')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Select
          style={{ minWidth: 180 }}
          value={scopeOption.key}
          onChange={setScopeKey}
          options={scopes.map((option) => ({
            value: option.key,
            label: t(option.label.key, option.label.values ?? {}),
          }))}
          aria-label={t('compliance.scopeLabel')}
          data-testid="scope-select"
        />
        <Select
          style={{ minWidth: 220 }}
          value={periodKey}
          onChange={setPeriodKey}
          options={[
            { value: MONTH, label: t('compliance.period.month') },
            ...periods.map((option) => ({
              value: option.key,
              label: t(option.label.key, option.label.values ?? {}),
            })),
          ]}
          aria-label={t('compliance.periodLabel')}
        />
        {periodKey === MONTH && (
          <DatePicker
            picker="month"
            value={month}
            allowClear={false}
            onChange={(value) => value && setMonth(value)}
          />
        )}
      </Flex>
      <ReportView scope={scope} period={period} roles={options.data!.viewer!.roles} />
      {overseer && (
        <OverseenTasks
          key={scope.classId ?? 'all'}
          classId={scope.classId ? String(scope.classId) : undefined}
          mayWaive={options.data!.viewer!.roles.some((role) => WAIVERS.includes(role))}
        />
      )}
    </Space>
  );
}

interface ReportViewProps {
  scope: ComplianceScopeInput;
  period: ReportPeriodInput;
  roles: readonly StaffRole[];
}

function ReportView({ scope, period, roles }: ReportViewProps) {
  const { t } = useTranslation();
  const { report, loading, error, refetch } = useComplianceReport(scope, period);
  const trend = useComplianceTrend(scope, report?.period.schoolYear);
  const [teacherFilter, setTeacherFilter] = useState<string>();

  if (loading && !report) return <PageSpinner />;
  if (error) return <ErrorResult error={error} onRetry={refetch} />;
  if (!report) return null;

  const belowCount = report.teachers.filter(
    (row) => row.homeVisitsBelowQuota || row.contactsBelowQuota,
  ).length;
  const teachers = teacherFilter
    ? report.teachers.filter((row) => row.teacher.id === teacherFilter)
    : report.teachers;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="compliance-report">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('compliance.periodRange', { from: report.period.from, to: report.period.to })} ·{' '}
          {t('compliance.policyVersion', {
            version: report.policy.version,
            from: report.policy.effectiveFrom,
          })}
        </Typography.Text>
        <ExportButtons report={report} scope={scope} period={period} roles={roles} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('compliance.teachersBelow')}
              value={belowCount}
              suffix={`/ ${report.teachers.length}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('compliance.immediateOnTime')}
              value={report.immediateVisits.onTimePercent ?? '—'}
              suffix={report.immediateVisits.onTimePercent !== null ? '%' : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('compliance.overdue')} value={report.overdueObligations} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('compliance.coverage')}
              value={coverage(report.classes)}
              suffix="%"
              data-testid="coverage-total"
            />
          </Card>
        </Col>
      </Row>
      {report.teachers.length > 0 && (
        <Card size="small" title={t('compliance.teachersChart')}>
          <Suspense fallback={<PageSpinner />}>
            <TeacherChart teachers={report.teachers} onTeacher={setTeacherFilter} />
          </Suspense>
        </Card>
      )}
      <Card
        size="small"
        title={t('compliance.teachers')}
        extra={
          teacherFilter && (
            <Button size="small" onClick={() => setTeacherFilter(undefined)}>
              {t('compliance.showAll')}
            </Button>
          )
        }
      >
        <Table<TeacherRow>
          size="small"
          rowKey={(row) => row.teacher.id}
          dataSource={teachers}
          pagination={false}
          scroll={{ x: true }}
          data-testid="teachers-table"
          columns={[
            { title: t('compliance.teacher'), render: (_, row) => row.teacher.displayName },
            { title: t('compliance.role'), render: (_, row) => t(`compliance.roles.${row.role}`) },
            {
              title: t('compliance.families'),
              render: (_, row) => `${row.familiesContacted} / ${row.contactQuota ?? '—'}`,
            },
            { title: '%', render: (_, row) => percentTag(row.contactPercent, row.contactsBelowQuota) },
            {
              title: t('compliance.homeVisits'),
              render: (_, row) => `${row.homeVisits} / ${row.homeVisitQuota ?? '—'}`,
            },
            {
              title: '%',
              key: 'hv',
              render: (_, row) => percentTag(row.homeVisitPercent, row.homeVisitsBelowQuota),
            },
            { title: t('compliance.overdue'), dataIndex: 'overdueObligations' },
          ]}
        />
      </Card>
      {report.classes.length > 0 && (
        <Card size="small" title={t('compliance.classes')}>
          <Table<ClassRow>
            size="small"
            rowKey={(row) => row.class.id}
            dataSource={report.classes}
            pagination={false}
            scroll={{ x: true }}
            data-testid="classes-table"
            expandable={{
              rowExpandable: (row) => row.notVisitedStudentIds.length > 0,
              expandedRowRender: (row) => <NotVisited row={row} />,
            }}
            columns={[
              {
                title: t('compliance.class'),
                render: (_, row) => (
                  <Link to={`/classes/${encodeURIComponent(row.class.id)}`}>{row.class.name}</Link>
                ),
              },
              {
                title: t('compliance.coverage'),
                render: (_, row) => (
                  <div style={{ minWidth: 160 }}>
                    <Progress percent={row.coveragePercent} size="small" />
                    <Typography.Text type="secondary">
                      {t('compliance.visitedOf', { visited: row.visited, students: row.students })}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('compliance.focusExtra'),
                render: (_, row) =>
                  row.focusStudents > 0 ? `${row.focusWithExtraVisits} / ${row.focusStudents}` : '—',
              },
              {
                title: t('compliance.faceToFace'),
                render: (_, row) =>
                  row.faceToFaceQuotaPercent !== null && row.faceToFaceQuotaPercent !== undefined
                    ? percentTag(row.faceToFacePercent, row.faceToFaceBelowQuota)
                    : `${row.faceToFacePercent}%`,
              },
              {
                title: t('compliance.meetings.parent'),
                key: 'parentMeetings',
                render: (_, row) => <MeetingFigure meetings={row.meetings} kind="parentMeetings" />,
              },
              {
                title: t('compliance.meetings.committee'),
                key: 'committeeMeetings',
                render: (_, row) => <MeetingFigure meetings={row.meetings} kind="committeeMeetings" />,
              },
              { title: t('compliance.overdue'), dataIndex: 'overdueObligations' },
            ]}
          />
        </Card>
      )}
      {trend && trend.length > 1 && (
        <Card size="small" title={t('compliance.trend')}>
          <Suspense fallback={<PageSpinner />}>
            <TrendChart trend={trend} />
          </Suspense>
        </Card>
      )}
    </Space>
  );
}

function NotVisited({ row }: { row: ClassRow }) {
  const { t } = useTranslation();
  const shown = row.notVisited.edges.map((edge) => edge.node);
  const more = row.notVisitedStudentIds.length - shown.length;
  return (
    <Space wrap data-testid="not-visited">
      <Typography.Text type="secondary">{t('compliance.notVisited')}</Typography.Text>
      {shown.map((student) => (
        <Link key={student.id} to={`/students/${encodeURIComponent(student.id)}`}>
          {student.name}
        </Link>
      ))}
      {more > 0 && (
        <Typography.Text type="secondary">{t('compliance.andMore', { count: more })}</Typography.Text>
      )}
    </Space>
  );
}

function coverage(classes: readonly ClassRow[]): number {
  const students = classes.reduce((sum, row) => sum + row.students, 0);
  const visited = classes.reduce((sum, row) => sum + row.visited, 0);
  return students > 0 ? Math.round((1000 * visited) / students) / 10 : 0;
}
