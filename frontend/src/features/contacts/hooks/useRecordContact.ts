import { useCallback, useState } from 'react';
import {
  RecordContactDocument,
  type RecordContactInput,
  type RecordContactMutation,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';

export type RecordContactResult = RecordContactMutation['recordContact'];
export type UserError = RecordContactResult['errors'][number];

/** Sends recordContact; `submitting` guards the button so a double click sends once. */
export function useRecordContact() {
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(async (input: RecordContactInput): Promise<RecordContactResult> => {
    setSubmitting(true);
    try {
      const { recordContact } = await request(RecordContactDocument, { input });
      return recordContact;
    } finally {
      setSubmitting(false);
    }
  }, []);
  return { submit, submitting };
}
