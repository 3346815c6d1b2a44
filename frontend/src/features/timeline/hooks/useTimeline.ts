import {
  HouseholdTimelineDocument,
  StudentTimelineDocument,
  type TimelineEntryFieldsFragment,
  type TimelineFilter,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection, type Page } from '../../../lib/graphql/useConnection';

export type TimelineEntry = TimelineEntryFieldsFragment;

/** Whose timeline: one student's, or a household's (its children's, merged; a shared contact once). */
export type TimelineSource = { studentId: string } | { householdId: string };

export const TIMELINE_PAGE_SIZE = 20;

type Connection = {
  edges: ReadonlyArray<{ node: TimelineEntry }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

function toPage(
  owner: { id: string } | null,
  timeline: Connection | undefined,
): Page<TimelineEntry, { id: string }> {
  if (!owner || !timeline) return { owner: null, nodes: [], hasNextPage: false, endCursor: null };
  return {
    owner,
    nodes: timeline.edges.map((edge) => edge.node),
    hasNextPage: timeline.pageInfo.hasNextPage,
    endCursor: timeline.pageInfo.endCursor ?? null,
  };
}

async function fetchPage(source: TimelineSource, filter: TimelineFilter | null, after: string | null) {
  const variables = { first: TIMELINE_PAGE_SIZE, after, filter };
  if ('studentId' in source) {
    const { student } = await request(StudentTimelineDocument, { id: source.studentId, ...variables });
    return toPage(student ? { id: student.id } : null, student?.timeline);
  }
  const { node } = await request(HouseholdTimelineDocument, { id: source.householdId, ...variables });
  const household = node?.__typename === 'Household' ? node : null;
  return toPage(household ? { id: household.id } : null, household?.timeline);
}

/**
 * A timeline, newest first, page by page, narrowed by `filter`. Changing the filter or
 * `version` reloads from the first page (after recording, amending or withdrawing).
 */
export function useTimeline(source: TimelineSource, filter: TimelineFilter | null, version = 0) {
  const id = 'studentId' in source ? `student:${source.studentId}` : `household:${source.householdId}`;
  return useConnection<TimelineEntry, { id: string }>(
    (after) => fetchPage(source, filter, after),
    `timeline:${id}:${JSON.stringify(filter)}`,
    version,
  );
}
