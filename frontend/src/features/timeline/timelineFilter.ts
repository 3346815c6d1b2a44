import type { ContactForm, ContactKind, TimelineEntryType, TimelineFilter } from '../../gql/graphql';
import type { EnumFilterSpec } from '../../components/filters/EnumFilter';
import { nextDay, startOfDayIn } from '../../lib/format/date';

/** The timeline's filter as the filter bar holds it: entry types, kinds, forms and calendar days. */
export interface TimelineFilterValues {
  types?: TimelineEntryType[];
  kinds?: ContactKind[];
  forms?: ContactForm[];
  /** YYYY-MM-DD, in the school's zone. */
  fromDay?: string;
  toDay?: string;
}

export const ENTRY_TYPES: readonly TimelineEntryType[] = ['CONTACT', 'INCIDENT', 'NOTE', 'ESCALATION'];

/** The filter bar's choice of entry types. */
export const TYPES_FILTER: EnumFilterSpec<TimelineEntryType> = {
  values: ENTRY_TYPES,
  labels: 'entryType',
  label: 'timeline.filterTypes',
  placeholder: 'timeline.allTypes',
};

/** How many conditions narrow the timeline (shown on the filter button). */
export function activeFilterCount(values: TimelineFilterValues): number {
  return (
    (values.types?.length ? 1 : 0) +
    (values.kinds?.length ? 1 : 0) +
    (values.forms?.length ? 1 : 0) +
    (values.fromDay || values.toDay ? 1 : 0)
  );
}

/**
 * The GraphQL filter: days are whole days in the school's zone, the last one included
 * (`to` is the start of the day after). Null when nothing narrows the timeline.
 */
export function toTimelineFilter(values: TimelineFilterValues, timeZone: string): TimelineFilter | null {
  const filter: TimelineFilter = {};
  if (values.types?.length) filter.types = values.types;
  if (values.kinds?.length) filter.kinds = values.kinds;
  if (values.forms?.length) filter.forms = values.forms;
  if (values.fromDay) filter.from = startOfDayIn(values.fromDay, timeZone);
  if (values.toDay) filter.to = startOfDayIn(nextDay(values.toDay), timeZone);
  return Object.keys(filter).length > 0 ? filter : null;
}
