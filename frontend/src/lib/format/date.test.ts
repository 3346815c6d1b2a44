import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTimeSpan, formatTimestamp, nextDay, startOfDayIn } from './date';

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

  it('writes a visit as a time span, the end with its date when it is on another day', () => {
    expect(formatTimeSpan('2026-11-20T11:00:00Z', 90)).toBe('2026-11-20 19:00–20:30');
    expect(formatTimeSpan('2026-11-20T15:30:00Z', 60)).toBe('2026-11-20 23:30 – 2026-11-21 00:30');
    expect(formatTimeSpan('2026-11-20T11:00:00Z', null)).toBe('2026-11-20 19:00');
  });

  it('counts calendar days across month ends', () => {
    expect(nextDay('2026-11-30')).toBe('2026-12-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
