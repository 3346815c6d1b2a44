import { describe, expect, it } from 'vitest';
import i18n from '../../lib/i18n';
import { countdown } from './countdown';
import './i18n';

const t = i18n.getFixedT('zh-CN');
const NOW = Date.parse('2026-11-20T08:00:00Z');

describe('countdown', () => {
  it('says how long is left, in the two largest units', () => {
    expect(countdown('2026-11-22T11:30:00Z', NOW, t)).toEqual({ overdue: false, text: '剩余 2 天 3 小时' });
    expect(countdown('2026-11-20T12:10:00Z', NOW, t)).toEqual({ overdue: false, text: '剩余 4 小时 10 分' });
    expect(countdown('2026-11-20T08:12:30Z', NOW, t)).toEqual({ overdue: false, text: '剩余 12 分钟' });
  });

  it('turns overdue past the deadline, or when the server says so', () => {
    expect(countdown('2026-11-20T05:00:00Z', NOW, t)).toEqual({ overdue: true, text: '已逾期 3 小时 0 分' });
    expect(countdown('2026-11-20T09:00:00Z', NOW, t, true).overdue).toBe(true);
  });

  it('reads in English too', () => {
    expect(countdown('2026-11-21T09:00:00Z', NOW, i18n.getFixedT('en')).text).toBe('1 d 1 h left');
  });
});
