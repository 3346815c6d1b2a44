import type { UserError } from './hooks/useRecordContact';

/** The form's fields, by the RecordContactInput field a UserError may point at. */
const FIELD_BY_INPUT: Record<string, string> = {
  form: 'form',
  kind: 'kind',
  occurredAt: 'occurredAt',
  guardianIdsMet: 'guardianIdsMet',
  summary: 'summary',
};

export interface SortedUserErrors {
  /** Messages to show under a form field. */
  byField: Record<string, string[]>;
  /** Messages about the whole input (or a field the form does not show). */
  general: string[];
}

/** Puts each UserError next to its field, or in the alert above the form. */
export function sortUserErrors(errors: readonly UserError[]): SortedUserErrors {
  const sorted: SortedUserErrors = { byField: {}, general: [] };
  for (const error of errors) {
    const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
    const name = path.length > 0 ? FIELD_BY_INPUT[path[0]] : undefined;
    if (name) (sorted.byField[name] ??= []).push(error.message);
    else sorted.general.push(error.message);
  }
  return sorted;
}
