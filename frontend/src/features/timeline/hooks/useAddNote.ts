import { AddNoteDocument, type AddNoteInput, type AddNoteMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

export type AddNoteResult = AddNoteMutation['addNote'];

/** Sends addNote; a double click sends once. */
export function useAddNote() {
  return useSubmit(async (input: AddNoteInput) => (await request(AddNoteDocument, { input })).addNote);
}
