import { ContactsListDocument, type ContactsFilter, type ContactsListQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';

export type ContactRow = ContactsListQuery['contacts']['edges'][number]['node'];

export const CONTACTS_PAGE_SIZE = 20;

/**
 * A class's or grade's contacts, newest first, one row per contact (siblings share one);
 * `filter` null: nothing to ask yet. Changing `version` reloads from the first page.
 */
export function useContactsList(filter: ContactsFilter | null, version = 0) {
  return useConnection<ContactRow, true>(
    async (after) => {
      if (!filter) return { owner: true, nodes: [], hasNextPage: false, endCursor: null };
      const { contacts } = await request(ContactsListDocument, { filter, first: CONTACTS_PAGE_SIZE, after });
      return {
        owner: true,
        nodes: contacts.edges.map((edge) => edge.node),
        hasNextPage: contacts.pageInfo.hasNextPage,
        endCursor: contacts.pageInfo.endCursor ?? null,
      };
    },
    `contacts:${JSON.stringify(filter)}`,
    version,
  );
}
