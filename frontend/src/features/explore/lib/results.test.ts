import { describe, expect, it } from 'vitest';
import { numericMetrics, tableFromResult, toCsv } from './results';

const answer = {
  data: {
    analytics: {
      contactStats: {
        buckets: [
          {
            keys: [{ dimension: 'FORM', value: 'PHONE', label: '电访' }],
            suppressed: false,
            contacts: 120,
            studentsReached: 80,
          },
          {
            keys: [{ dimension: 'FORM', value: 'HOME_VISIT', label: '上门家访, 二次' }],
            suppressed: true,
            contacts: null,
            studentsReached: null,
          },
        ],
        total: { suppressed: false, rounded: true, contacts: 125, studentsReached: 85 },
      },
    },
  },
};

describe('analytics results', () => {
  it('finds the buckets anywhere in the answer and keeps the total last', () => {
    const table = tableFromResult(answer)!;
    expect(table.dimensions).toEqual(['FORM']);
    expect(table.metrics).toEqual(['suppressed', 'contacts', 'studentsReached', 'rounded']);
    expect(table.rows.map((row) => row.labels)).toEqual([['电访'], ['上门家访, 二次'], []]);
    expect(table.rows[1].values.contacts).toBeNull();
    expect(table.rows[2].total).toBe(true);
    expect(numericMetrics(table)).toEqual(['contacts', 'studentsReached']);
  });

  it('answers null when there are no buckets', () => {
    expect(tableFromResult({ data: { analytics: { minGroupSize: 10 } } })).toBeNull();
    expect(tableFromResult({ errors: [{ message: 'FORBIDDEN' }] })).toBeNull();
  });

  it('exports CSV with a byte-order mark, quoted cells and the total row', () => {
    const csv = toCsv(tableFromResult(answer)!, {
      dimension: (d) => d,
      metric: (m) => m,
      total: '合计',
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('FORM,suppressed,contacts,studentsReached,rounded');
    expect(lines[1]).toBe('电访,false,120,80,');
    expect(lines[2]).toBe('"上门家访, 二次",true,,,');
    expect(lines[3]).toBe('合计,false,125,85,true');
  });
});
