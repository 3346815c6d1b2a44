import {
  EscalationBoardDocument,
  type EscalationCardFieldsFragment,
  type EscalationFilter,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

export type EscalationCard = EscalationCardFieldsFragment;

/** As many as the API gives in one page: a board shows them all at once. */
export const BOARD_PAGE_SIZE = 100;

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
