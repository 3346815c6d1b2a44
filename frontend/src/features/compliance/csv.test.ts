import { describe, expect, it } from 'vitest';
import type { ComplianceReportQuery } from '../../gql/graphql';
import { reportToCsv } from './csv';

const t = (key: string) => key.split('.').at(-1)!;

describe('reportToCsv', () => {
  it('starts with a byte-order mark, quotes what needs quoting and leaves missing quotas empty', () => {
    const csv = reportToCsv(
      {
        period: {
          kind: 'CUSTOM',
          label: '2026-03-01–2026-03-31',
          from: '2026-03-01',
          to: '2026-03-31',
          schoolYear: 2025,
        },
        policy: { version: 1, effectiveFrom: '2025-09-01', basedOn: 'TUTORING' },
        teachers: [
          {
            teacher: { id: 't1', displayName: '王老师, "班主任"' },
            role: 'HOMEROOM',
            familiesContacted: 2,
            contacts: 2,
            contactQuota: null,
            contactPercent: null,
            contactsBelowQuota: false,
            homeVisits: 1,
            homeVisitQuota: null,
            homeVisitPercent: null,
            homeVisitsBelowQuota: false,
            overdueObligations: 0,
          },
        ],
        classes: [],
        immediateVisits: {
          total: 0,
          onTime: 0,
          late: 0,
          pending: 0,
          missed: 0,
          waived: 0,
          onTimePercent: null,
        },
        overdueObligations: 0,
        trend: [],
      } as ComplianceReportQuery['complianceReport'],
      t,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"王老师, ""班主任""",HOMEROOM,2,,,1,,,,0\r\n');
  });
});
