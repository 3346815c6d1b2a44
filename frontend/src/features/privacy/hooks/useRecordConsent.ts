import {
  RecordConsentDocument,
  type RecordConsentInput,
  type RecordConsentMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type RecordConsentResult = RecordConsentMutation['recordConsent'];

/** Sends recordConsent; `submitting` guards the button so a double click sends once. */
export function useRecordConsent() {
  return useSubmit(
    async (input: RecordConsentInput) => (await request(RecordConsentDocument, { input })).recordConsent,
  );
}
