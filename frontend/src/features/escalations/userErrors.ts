import type { UserError } from '../../lib/graphql/userErrors';

export type FieldName = string | (string | number)[];

export interface MappedErrors {
  /** Errors to show under form fields. */
  fields: { name: FieldName; errors: string[] }[];
  /** Errors about the whole input, or a field the form does not show. */
  general: string[];
}

/**
 * Puts each UserError of an escalation mutation under its form field. `fieldByInput` maps an
 * input field (after "input") to the form's field; an output's error (outputs[i], or
 * outputs.<key>) goes under that output's textarea, `outputKeys` giving the order sent.
 */
export function mapEscalationErrors(
  errors: readonly UserError[],
  fieldByInput: Readonly<Record<string, string>>,
  outputKeys: readonly string[] = [],
): MappedErrors {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const general: string[] = [];
  const add = (name: FieldName, message: string) => {
    const id = JSON.stringify(name);
    const entry = byField.get(id) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(id, entry);
  };
  for (const error of errors) {
    const path = error.field.flatMap((part) => String(part).split('.'));
    const rest = path[0] === 'input' ? path.slice(1) : path;
    if (rest[0] === 'outputs') {
      const which = rest[1];
      const key = which !== undefined && /^\d+$/.test(which) ? outputKeys[Number(which)] : which;
      if (key !== undefined && outputKeys.includes(key)) {
        add(['outputs', key], error.message);
        continue;
      }
    }
    const name = rest.length > 0 ? fieldByInput[rest[0]] : undefined;
    if (name) add(name, error.message);
    else general.push(error.message);
  }
  return { fields: [...byField.values()], general };
}
