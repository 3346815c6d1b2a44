import {
  RetractContactDocument,
  type RetractContactInput,
  type RetractContactMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type RetractContactResult = RetractContactMutation['retractContact'];

/** Sends retractContact (withdrawal with a reason); a double click sends once. */
export function useRetractContact() {
  return useSubmit(
    async (input: RetractContactInput) => (await request(RetractContactDocument, { input })).retractContact,
  );
}
