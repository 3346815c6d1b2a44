import { MyTasksDocument, type MyTasksQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type Task = MyTasksQuery['myTasks']['edges'][number]['node'];

/** Open and overdue tasks of the signed-in teacher (the first 50, soonest due first). */
export const TASKS_PAGE = 50;

export function useMyTasks() {
  const { data, error, loading, refetch } = useQuery(
    () => request(MyTasksDocument, { first: TASKS_PAGE }),
    'my-tasks',
  );
  return {
    tasks: data?.myTasks.edges.map((edge) => edge.node) ?? ([] as Task[]),
    total: data?.myTasks.totalCount ?? 0,
    error,
    loading,
    refetch,
  };
}
