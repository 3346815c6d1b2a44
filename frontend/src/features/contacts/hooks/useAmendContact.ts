import {
  AmendContactDocument,
  type AmendContactInput,
  type AmendContactMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type AmendContactResult = AmendContactMutation['amendContact'];

/** Sends amendContact with the version read; a double click sends once. */
export function useAmendContact() {
  return useSubmit(
    async (input: AmendContactInput) => (await request(AmendContactDocument, { input })).amendContact,
  );
}
