import { ContactPrintDocument, type ContactPrintQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

export type PrintableContact = Extract<NonNullable<ContactPrintQuery['node']>, { __typename: 'Contact' }>;

/** A contact with what its paper record needs (the family's address, the guardians' phones). */
export function useContactPrint(id: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(ContactPrintDocument, { id }),
    `contact-print:${id}`,
  );
  const node = data?.node;
  const contact = data === undefined ? undefined : node?.__typename === 'Contact' ? node : null;
  return { contact, error, loading, refetch };
}
