import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './useNow';

describe('useNow', () => {
  afterEach(() => vi.useRealTimers());

  it('moves on every interval, so that countdowns update without a reload', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-20T08:00:00Z') });
    const { result } = renderHook(() => useNow(30_000));
    expect(result.current).toBe(Date.parse('2026-11-20T08:00:00Z'));
    act(() => vi.advanceTimersByTime(30_000));
    expect(result.current).toBe(Date.parse('2026-11-20T08:00:30Z'));
  });
});
