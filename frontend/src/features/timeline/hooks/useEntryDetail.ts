import { TimelineEntryDetailDocument, type TimelineEntryDetailQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useQuery } from '../../../lib/graphql/useQuery';

type Node = NonNullable<TimelineEntryDetailQuery['node']>;
export type ContactDetail = Extract<Node, { __typename: 'Contact' }>;
export type IncidentDetail = Extract<Node, { __typename: 'Incident' }>;
export type NoteDetail = Extract<Node, { __typename: 'Note' }>;
export type EntryDetail = ContactDetail | IncidentDetail | NoteDetail;

/** One timeline entry with all its fields (a contact's sensitive field is audited on read). */
export function useEntryDetail(id: string) {
  const { data, error, loading, refetch } = useQuery(
    () => request(TimelineEntryDetailDocument, { id }),
    `entry:${id}`,
  );
  const node = data?.node;
  const entry =
    node && (node.__typename === 'Contact' || node.__typename === 'Incident' || node.__typename === 'Note')
      ? (node as EntryDetail)
      : node === undefined
        ? undefined
        : null;
  return { entry, error, loading, refetch };
}
