import type { Dayjs } from 'dayjs';

/** Contacts, incidents and notes are recorded after they happened: a time after `now` is refused (the server agrees). */
export function isInFuture(value: Dayjs | undefined | null, now: Dayjs): boolean {
  return value != null && value.isAfter(now);
}

/** Days after today cannot be picked at all. */
export function isFutureDay(day: Dayjs, now: Dayjs): boolean {
  return day.isAfter(now.endOf('day'));
}
