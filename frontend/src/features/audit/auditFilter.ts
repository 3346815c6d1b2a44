import type { AuditEventFilter } from '../../gql/graphql';
import { nextDay, startOfDayIn } from '../../lib/format/date';

/** The audit page's filter as the address bar keeps it: ids and calendar days (YYYY-MM-DD). */
export interface AuditSearch {
  householdId?: string;
  studentId?: string;
  fromDay?: string;
  toDay?: string;
}

const KEYS = ['householdId', 'studentId', 'fromDay', 'toDay'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditSearch(params: URLSearchParams): AuditSearch {
  const search: AuditSearch = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value && (!key.endsWith('Day') || DAY.test(value))) search[key] = value;
  }
  return search;
}

export function writeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = search[key]?.trim();
    if (value) params.set(key, value);
  }
  return params;
}

/**
 * The GraphQL filter: days are whole days in the school's zone, the last one included
 * (`to` is the start of the day after). Null when nothing narrows the trail.
 */
export function toAuditFilter(search: AuditSearch, timeZone: string): AuditEventFilter | null {
  const filter: AuditEventFilter = {};
  if (search.householdId) filter.householdId = search.householdId;
  if (search.studentId) filter.studentId = search.studentId;
  if (search.fromDay) filter.from = startOfDayIn(search.fromDay, timeZone);
  if (search.toDay) filter.to = startOfDayIn(nextDay(search.toDay), timeZone);
  return Object.keys(filter).length > 0 ? filter : null;
}
