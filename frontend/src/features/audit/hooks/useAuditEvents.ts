import { AuditEventsDocument, type AuditEventFilter, type AuditEventsQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

export type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

export const AUDIT_PAGE_SIZE = 50;

/** The school's audit trail, newest first, page by page; `filter` null for everything. */
export function useAuditEvents(filter: AuditEventFilter | null) {
  return useConnection<AuditEventRow, true>(
    async (after) => {
      const { auditEvents } = await request(AuditEventsDocument, { filter, first: AUDIT_PAGE_SIZE, after });
      return {
        owner: true,
        nodes: auditEvents.edges.map((edge) => edge.node),
        hasNextPage: auditEvents.pageInfo.hasNextPage,
        endCursor: auditEvents.pageInfo.endCursor ?? null,
      };
    },
    `audit:${JSON.stringify(filter)}`,
  );
}
