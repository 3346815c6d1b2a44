import { EscalationChainsDocument } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

/** The chains in force at the viewer's school (null for a kind the school does not have). */
export function useEscalationChains() {
  return useQuery(() => request(EscalationChainsDocument), 'escalation-chains');
}
