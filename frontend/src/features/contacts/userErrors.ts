import { sortUserErrors as sortByField, type SortedUserErrors } from '../../lib/graphql/userErrors';
import type { UserError } from './hooks/useRecordContact';

/** The form's fields, by the RecordContactInput field a UserError may point at. */
const FIELD_BY_INPUT: Record<string, string> = {
  form: 'form',
  kind: 'kind',
  occurredAt: 'occurredAt',
  guardianIdsMet: 'guardianIdsMet',
  summary: 'summary',
  analysis: 'analysis',
  countermeasure: 'countermeasure',
};

export type { SortedUserErrors };

/** Puts each UserError next to its field, or in the alert above the form. */
export function sortUserErrors(errors: readonly UserError[]): SortedUserErrors {
  return sortByField(errors, FIELD_BY_INPUT);
}
