import {
  EraseHouseholdDocument,
  type EraseHouseholdInput,
  type EraseHouseholdMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type EraseHouseholdResult = EraseHouseholdMutation['eraseHousehold'];

/** Sends eraseHousehold (principal only; refused with RETENTION_NOT_OVER before the retention period ends). */
export function useEraseHousehold() {
  return useSubmit(
    async (input: EraseHouseholdInput) => (await request(EraseHouseholdDocument, { input })).eraseHousehold,
  );
}
