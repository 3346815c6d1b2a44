import {
  WithdrawConsentDocument,
  type WithdrawConsentInput,
  type WithdrawConsentMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type WithdrawConsentResult = WithdrawConsentMutation['withdrawConsent'];

/** Sends withdrawConsent (idempotent on the server; sent once per confirmation here). */
export function useWithdrawConsent() {
  return useSubmit(
    async (input: WithdrawConsentInput) =>
      (await request(WithdrawConsentDocument, { input })).withdrawConsent,
  );
}
