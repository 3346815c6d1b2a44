import { ClassRosterDocument, type ClassRosterQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

type RosterClass = NonNullable<ClassRosterQuery['class']>;
export type RosterClassInfo = Omit<RosterClass, 'students'>;
export type RosterStudent = RosterClass['students']['edges'][number]['node'];

export const ROSTER_PAGE_SIZE = 50;

/** A class and its students, page by page ("load more"). */
export function useRoster(classId: string) {
  return useConnection<RosterStudent, RosterClassInfo>(async (after) => {
    const { class: schoolClass } = await request(ClassRosterDocument, {
      id: classId,
      first: ROSTER_PAGE_SIZE,
      after,
    });
    if (!schoolClass) return { owner: null, nodes: [], hasNextPage: false, endCursor: null };
    const { students, ...info } = schoolClass;
    return {
      owner: info,
      nodes: students.edges.map((edge) => edge.node),
      hasNextPage: students.pageInfo.hasNextPage,
      endCursor: students.pageInfo.endCursor ?? null,
    };
  }, `roster:${classId}`);
}
