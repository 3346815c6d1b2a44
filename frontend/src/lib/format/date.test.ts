import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './date';

describe('dates in the school zone', () => {
  it('formats an instant as the Shanghai calendar date and time', () => {
    expect(formatDate('2026-11-19T16:30:00Z')).toBe('2026-11-20');
    expect(formatDateTime('2026-11-19T16:30:00Z')).toBe('2026-11-20 00:30');
    expect(formatDate('2026-11-19T16:30:00Z', 'UTC')).toBe('2026-11-19');
  });
});
