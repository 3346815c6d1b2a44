import { StudentContractsDocument, type StudentContractsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type ContractsOfStudent = NonNullable<StudentContractsQuery['student']>;
export type Contract = ContractsOfStudent['contracts'][number];

/** A student's contracts with the centre, newest first, and their group's learning manager. */
export function useStudentContracts(studentId: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(StudentContractsDocument, { id: studentId }),
    `student-contracts:${studentId}`,
  );
  return { student: data?.student ?? undefined, error, loading, refetch };
}
