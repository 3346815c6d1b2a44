import { StudentTimelineDocument, type StudentTimelineQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

export type TimelineEntry = NonNullable<StudentTimelineQuery['student']>['timeline']['edges'][number]['node'];

export const TIMELINE_PAGE_SIZE = 20;

/**
 * A student's timeline, newest first, page by page. Changing `version` reloads from the
 * first page (after recording a contact, so the new entry shows at the top).
 */
export function useTimeline(studentId: string, version = 0) {
  return useConnection<TimelineEntry, { id: string }>(
    async (after) => {
      const { student } = await request(StudentTimelineDocument, {
        id: studentId,
        first: TIMELINE_PAGE_SIZE,
        after,
      });
      if (!student) return { owner: null, nodes: [], hasNextPage: false, endCursor: null };
      return {
        owner: { id: student.id },
        nodes: student.timeline.edges.map((edge) => edge.node),
        hasNextPage: student.timeline.pageInfo.hasNextPage,
        endCursor: student.timeline.pageInfo.endCursor ?? null,
      };
    },
    `timeline:${studentId}`,
    version,
  );
}
