import {
  RecordIncidentDocument,
  type RecordIncidentInput,
  type RecordIncidentMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type RecordIncidentResult = RecordIncidentMutation['recordIncident'];

/** Sends recordIncident; a double click sends once. */
export function useRecordIncident() {
  return useSubmit(
    async (input: RecordIncidentInput) => (await request(RecordIncidentDocument, { input })).recordIncident,
  );
}
