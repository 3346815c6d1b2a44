import { describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { churnToCsv } from './churn';
import './i18n';
import { CHURN } from './test/fixtures';

describe('churnToCsv', () => {
  it('writes a row per group, a column per tagged reason and the totals, with a byte-order mark', () => {
    const csv = churnToCsv(CHURN, true, i18n.getFixedT('zh-CN'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('统计期,2026-09-01,2026-11-30');
    expect(lines[2]).toBe('校区,学管师,保单事项,挽留成功,流失,没有定期回访,没有及时回应');
    expect(lines[3]).toBe('启航教育·海淀校区,周老师（学管师）,4,2,1,2,1');
    expect(lines[4]).toBe('启航教育·海淀校区,（未分配学管师）,1,0,1,1,0');
    expect(lines[5]).toBe('合计,,5,2,2,3,1');
  });
});
