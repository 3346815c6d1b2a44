import { describe, expect, it } from 'vitest';
import { readAuditSearch, toAuditFilter, writeAuditSearch } from './auditFilter';

describe('audit filter', () => {
  it('reads ids and days from the address bar, ignoring malformed days', () => {
    const search = readAuditSearch(
      new URLSearchParams('householdId=hh_1&studentId=%20&fromDay=2026-11-01&toDay=yesterday'),
    );
    expect(search).toEqual({ householdId: 'hh_1', fromDay: '2026-11-01' });
    expect(writeAuditSearch(search).toString()).toBe('householdId=hh_1&fromDay=2026-11-01');
  });

  it('turns days into whole days of the school zone, the last day included', () => {
    expect(
      toAuditFilter({ studentId: 'stu_1', fromDay: '2026-11-01', toDay: '2026-11-30' }, 'Asia/Shanghai'),
    ).toEqual({ studentId: 'stu_1', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(toAuditFilter({ toDay: '2026-12-31' }, 'UTC')).toEqual({ to: '2027-01-01T00:00:00.000Z' });
    expect(toAuditFilter({}, 'Asia/Shanghai')).toBeNull();
  });
});
