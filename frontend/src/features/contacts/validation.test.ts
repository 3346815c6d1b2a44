import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { sortUserErrors } from './userErrors';
import { isFutureDay, isInFuture } from '../../lib/pastTime';

describe('contact validation', () => {
  const now = dayjs('2026-11-20T10:00:00+08:00');

  it('refuses times after now and days after today', () => {
    expect(isInFuture(now.add(1, 'minute'), now)).toBe(true);
    expect(isInFuture(now.subtract(1, 'day'), now)).toBe(false);
    expect(isInFuture(undefined, now)).toBe(false);
    expect(isFutureDay(now.add(1, 'day'), now)).toBe(true);
    expect(isFutureDay(now.endOf('day'), now)).toBe(false);
  });

  it('sorts UserErrors by the form field they name', () => {
    expect(
      sortUserErrors([
        { code: 'REQUIRED', field: ['input', 'summary'], message: 'a' },
        { code: 'UNKNOWN_GUARDIAN', field: ['input', 'guardianIdsMet', '0'], message: 'b' },
        { code: 'NOT_ALLOWED', field: [], message: 'c' },
        { code: 'NOT_ONE_HOUSEHOLD', field: ['input', 'studentIds'], message: 'd' },
      ]),
    ).toEqual({ byField: { summary: ['a'], guardianIdsMet: ['b'] }, general: ['c', 'd'] });
  });
});
