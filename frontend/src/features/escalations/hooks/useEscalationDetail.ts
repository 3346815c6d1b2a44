import { EscalationDetailDocument, type EscalationDetailFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';
import { chainOf } from '../chain';

export type EscalationDetail = EscalationDetailFieldsFragment;

/** An escalation (null when missing or not visible) with the rules of its chain. */
export function useEscalationDetail(id: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(EscalationDetailDocument, { id }),
    `escalation:${id}`,
  );
  const escalation = data?.escalation;
  return {
    escalation,
    chain: escalation ? chainOf(data, escalation.kind) : undefined,
    error,
    loading,
    refetch,
  };
}
