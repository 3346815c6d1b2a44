import type { ContactForm, ContactKind, ContactsFilter } from '../../gql/graphql';
import { nextDay, startOfDayIn } from '../../lib/format/date';
import { CONTACT_FORMS, CONTACT_KINDS } from './contactOptions';

/** The contacts list's filter as the address bar keeps it (a reload or a shared link shows the same). */
export interface ContactsSearch {
  /** "class:<id>" or "grade:<n>". */
  scope?: string;
  forms?: ContactForm[];
  kinds?: ContactKind[];
  /** YYYY-MM-DD, in the school's zone. */
  fromDay?: string;
  toDay?: string;
  needsSchool?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SCOPE = /^(class:.+|grade:\d+)$/;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  const items = (value ?? '')
    .split(',')
    .filter((item): item is T => (allowed as readonly string[]).includes(item));
  return items.length > 0 ? items : undefined;
}

export function readContactsSearch(params: URLSearchParams): ContactsSearch {
  const search: ContactsSearch = {};
  const scope = params.get('scope');
  if (scope && SCOPE.test(scope)) search.scope = scope;
  const forms = list(params.get('forms'), CONTACT_FORMS);
  if (forms) search.forms = forms;
  const kinds = list(params.get('kinds'), CONTACT_KINDS);
  if (kinds) search.kinds = kinds;
  const fromDay = params.get('fromDay');
  if (fromDay && DAY.test(fromDay)) search.fromDay = fromDay;
  const toDay = params.get('toDay');
  if (toDay && DAY.test(toDay)) search.toDay = toDay;
  if (params.get('needsSchool') === '1') search.needsSchool = true;
  return search;
}

export function writeContactsSearch(search: ContactsSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.scope) params.set('scope', search.scope);
  if (search.forms?.length) params.set('forms', search.forms.join(','));
  if (search.kinds?.length) params.set('kinds', search.kinds.join(','));
  if (search.fromDay) params.set('fromDay', search.fromDay);
  if (search.toDay) params.set('toDay', search.toDay);
  if (search.needsSchool) params.set('needsSchool', '1');
  return params;
}

export const classScope = (classId: string) => `class:${classId}`;
export const gradeScope = (grade: number) => `grade:${grade}`;

/**
 * The GraphQL filter for a scope: a class or a whole grade (one of them is required), the
 * forms, kinds, whole days in the school's zone (the last one included), needs-school only.
 */
export function toContactsFilter(search: ContactsSearch, scope: string, timeZone: string): ContactsFilter {
  const filter: ContactsFilter = scope.startsWith('grade:')
    ? { grade: Number(scope.slice('grade:'.length)) }
    : { classId: scope.slice('class:'.length) };
  if (search.forms?.length) filter.forms = search.forms;
  if (search.kinds?.length) filter.kinds = search.kinds;
  if (search.fromDay) filter.from = startOfDayIn(search.fromDay, timeZone);
  if (search.toDay) filter.to = startOfDayIn(nextDay(search.toDay), timeZone);
  if (search.needsSchool) filter.needsSchool = true;
  return filter;
}
