/** Dates are shown in the school's time zone, whatever the browser's zone is. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(iso: string, timeZone: string): Record<string, string> {
  const key = timeZone;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, formatter);
  }
  return Object.fromEntries(formatter.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** 2026-11-20 */
export function formatDate(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2026-11-20 19:30 */
export function formatDateTime(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 2026-11-20 19:30:05, for records where the second matters (the audit trail). */
export function formatTimestamp(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(iso, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** How far `timeZone` is ahead of UTC at `instant` (ms since the epoch, whole seconds). */
function zoneOffset(instant: number, timeZone: string): number {
  const p = parts(new Date(instant).toISOString(), timeZone);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - instant;
}

/** The instant a calendar day (2026-11-20) begins in `timeZone`, as ISO-8601 UTC. */
export function startOfDayIn(date: string, timeZone = DEFAULT_TIME_ZONE): string {
  const [year, month, day] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  // Twice: the offset at the guess may differ from the offset at the answer (a DST change).
  const guess = midnightUtc - zoneOffset(midnightUtc, timeZone);
  return new Date(midnightUtc - zoneOffset(guess, timeZone)).toISOString();
}

/** The calendar day after `day` (2026-11-20 → 2026-11-21). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/**
 * A contact's time as a span, the way the paper record writes it: 2026-11-20 19:00–20:30
 * (the end with its date when it falls on another day); just the start without a duration.
 */
export function formatTimeSpan(
  iso: string,
  minutes: number | null | undefined,
  timeZone = DEFAULT_TIME_ZONE,
) {
  const start = formatDateTime(iso, timeZone);
  if (!minutes) return start;
  const end = formatDateTime(new Date(new Date(iso).getTime() + minutes * 60_000).toISOString(), timeZone);
  return end.slice(0, 10) === start.slice(0, 10) ? `${start}–${end.slice(11)}` : `${start} – ${end}`;
}
