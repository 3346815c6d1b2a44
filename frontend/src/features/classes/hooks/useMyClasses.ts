import { MyClassesDocument, type MyClassesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type MyClass = NonNullable<MyClassesQuery['viewer']>['classes'][number];

export function useMyClasses() {
  const { data, error, loading, refetch } = useQuery(() => request(MyClassesDocument), 'my-classes');
  return { classes: data?.viewer?.classes ?? ([] as MyClass[]), error, loading, refetch };
}
