import { CalendarPageDocument, type CalendarPageQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type CalendarData = CalendarPageQuery['schoolCalendar'];
export type CalendarDay = CalendarData['days'][number];

/** The school calendar with every day of one calendar year. */
export function useCalendar(year: number) {
  const { data, error, loading, refetch } = useQuery(
    () => request(CalendarPageDocument, { from: `${year}-01-01`, to: `${year}-12-31` }),
    `calendar:${year}`,
  );
  return { calendar: data?.schoolCalendar, error, loading, refetch };
}
