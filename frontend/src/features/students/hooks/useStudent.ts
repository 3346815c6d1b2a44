import { StudentProfileDocument, type StudentProfileQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type StudentProfile = NonNullable<StudentProfileQuery['student']>;

/** The student's profile and household; `student` is null when missing or not visible. */
export function useStudent(id: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(StudentProfileDocument, { id }),
    `student:${id}`,
  );
  return { student: data?.student, error, loading, refetch };
}
