import type { TFunction as T } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span as the largest two units: "2 天 3 小时", "4 小时 10 分", "12 分钟". */
export function formatSpan(ms: number, t: T): string {
  const abs = Math.abs(ms);
  const d = Math.floor(abs / DAY);
  const h = Math.floor((abs % DAY) / HOUR);
  const m = Math.floor((abs % HOUR) / MINUTE);
  if (d > 0) return t('escalation.countdown.dh', { d, h });
  if (h > 0) return t('escalation.countdown.hm', { h, m });
  return t('escalation.countdown.m', { m: Math.max(m, 1) });
}

export interface Countdown {
  overdue: boolean;
  text: string;
}

/**
 * Time left until `dueAt`, or how long it is overdue. The server's `overdue` flag counts too:
 * its clock and calendar decide, the browser's clock only makes the figure move.
 */
export function countdown(dueAt: string, now: number, t: T, overdueFlag = false): Countdown {
  const left = new Date(dueAt).getTime() - now;
  const overdue = overdueFlag || left <= 0;
  return {
    overdue,
    text: overdue
      ? t('escalation.countdown.overdue', { time: formatSpan(Math.min(left, 0), t) })
      : t('escalation.countdown.remaining', { time: formatSpan(left, t) }),
  };
}
