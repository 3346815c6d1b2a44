import {
  CompleteObligationDocument,
  type CompleteObligationInput,
  type CompleteObligationMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type CompleteObligationResult = CompleteObligationMutation['completeObligation'];

/** Sends completeObligation; `submitting` guards the button so a double click sends once. */
export function useCompleteObligation() {
  return useSubmit(
    async (input: CompleteObligationInput) =>
      (await request(CompleteObligationDocument, { input })).completeObligation,
  );
}
