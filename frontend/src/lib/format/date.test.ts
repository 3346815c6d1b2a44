import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimestamp, startOfDayIn } from './date';

describe('dates in the school zone', () => {
  it('formats an instant as the Shanghai calendar date and time', () => {
    expect(formatDate('2026-11-19T16:30:00Z')).toBe('2026-11-20');
    expect(formatDateTime('2026-11-19T16:30:00Z')).toBe('2026-11-20 00:30');
    expect(formatDate('2026-11-19T16:30:00Z', 'UTC')).toBe('2026-11-19');
  });

  it('formats a timestamp to the second', () => {
    expect(formatTimestamp('2026-11-19T16:30:05Z')).toBe('2026-11-20 00:30:05');
  });

  it('finds the instant a day begins in the school zone', () => {
    expect(startOfDayIn('2026-11-20')).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfDayIn('2026-11-20', 'UTC')).toBe('2026-11-20T00:00:00.000Z');
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayIn('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });
});
