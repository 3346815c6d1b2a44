import {
  RecordContractDocument,
  type RecordContractInput,
  type RecordContractMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type RecordContractResult = RecordContractMutation['recordContract'];

/** Sends recordContract; `submitting` guards the button so a double click sends once. */
export function useRecordContract() {
  return useSubmit(
    async (input: RecordContractInput) => (await request(RecordContractDocument, { input })).recordContract,
  );
}
