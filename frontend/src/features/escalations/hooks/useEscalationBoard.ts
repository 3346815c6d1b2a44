import {
  EscalationBoardDocument,
  type EscalationCardFieldsFragment,
  type EscalationFilter,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

export type EscalationCard = EscalationCardFieldsFragment;

/**
 * A board's page: the server's query-complexity limit (a connection costs its page size
 * times its fields) allows about 40 cards at once; "load more" brings the rest.
 */
export const BOARD_PAGE_SIZE = 30;

/**
 * Escalations matching `filter`, most urgent first, page by page; `enabled` false loads
 * nothing (the folded column of closed ones).
 */
export function useEscalationBoard(filter: EscalationFilter, enabled = true, pageSize = BOARD_PAGE_SIZE) {
  return useConnection<EscalationCard, true>(
    async (after) => {
      if (!enabled) return { owner: true, nodes: [], hasNextPage: false, endCursor: null };
      const { escalations } = await request(EscalationBoardDocument, { filter, first: pageSize, after });
      return {
        owner: true,
        nodes: escalations.edges.map((edge) => edge.node),
        hasNextPage: escalations.pageInfo.hasNextPage,
        endCursor: escalations.pageInfo.endCursor ?? null,
      };
    },
    `escalations:${JSON.stringify(filter)}:${enabled}`,
  );
}
