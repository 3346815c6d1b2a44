import {
  ComplianceCalendarDocument,
  ComplianceReportDocument,
  ComplianceTrendDocument,
  type ComplianceScopeInput,
  type ReportPeriodInput,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

/** The calendar's terms and breaks and the viewer's classes: what the selectors offer. */
export function useComplianceOptions() {
  return useQuery(() => request(ComplianceCalendarDocument), 'compliance-options');
}

export function useComplianceReport(scope: ComplianceScopeInput, period: ReportPeriodInput) {
  const { data, error, loading, refetch } = useQuery(
    () => request(ComplianceReportDocument, { scope, period }),
    `compliance:${JSON.stringify(scope)}:${JSON.stringify(period)}`,
  );
  return { report: data?.complianceReport, error, loading, refetch };
}

/** The month-by-month trend of the whole school year the period falls in. */
export function useComplianceTrend(scope: ComplianceScopeInput, schoolYear: number | undefined) {
  const { data } = useQuery(
    () =>
      schoolYear === undefined
        ? Promise.resolve(undefined)
        : request(ComplianceTrendDocument, { scope, period: { schoolYear } }),
    `compliance-trend:${JSON.stringify(scope)}:${schoolYear}`,
  );
  return data?.complianceReport.trend;
}
