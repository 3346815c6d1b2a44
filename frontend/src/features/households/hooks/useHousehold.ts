import { HouseholdProfileDocument, type HouseholdProfileQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type HouseholdProfile = Extract<
  NonNullable<HouseholdProfileQuery['node']>,
  { __typename: 'Household' }
>;

/** A household through node(id); null when missing, not visible, or not a household. */
export function useHousehold(id: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(HouseholdProfileDocument, { id }),
    `household:${id}`,
  );
  const node = data?.node;
  const household = data === undefined ? undefined : node?.__typename === 'Household' ? node : null;
  return { household, error, loading, refetch };
}
