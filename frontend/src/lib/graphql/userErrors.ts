import type { UserErrorCode } from '../../gql/graphql';

/** A mutation payload's UserError, whatever the mutation. */
export interface UserError {
  code: UserErrorCode;
  field: readonly string[];
  message: string;
}

export interface SortedUserErrors {
  /** Messages to show under a form field, by the form field's name. */
  byField: Record<string, string[]>;
  /** Messages about the whole input (or a field the form does not show). */
  general: string[];
}

/**
 * Puts each UserError next to its form field, or in the alert above the form.
 * `fieldByInput` maps the input field a UserError names (after "input") to the form field.
 */
export function sortUserErrors(
  errors: readonly UserError[],
  fieldByInput: Readonly<Record<string, string>>,
): SortedUserErrors {
  const sorted: SortedUserErrors = { byField: {}, general: [] };
  for (const error of errors) {
    const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
    const name = path.length > 0 ? fieldByInput[path[0]] : undefined;
    if (name) (sorted.byField[name] ??= []).push(error.message);
    else sorted.general.push(error.message);
  }
  return sorted;
}
