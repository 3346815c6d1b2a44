import { PolicyPageDocument, type PolicyPageQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type PolicyPage = PolicyPageQuery;

export function usePolicyPage() {
  return useQuery(() => request(PolicyPageDocument), 'policy-page');
}
