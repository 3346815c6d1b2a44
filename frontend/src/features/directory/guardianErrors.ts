import type { PlacedUserErrors } from '../../components/form/MutationForm';
import type { UserError } from '../../lib/graphql/userErrors';

/** A UserError on "guardians.2.phone" goes under that guardian's phone field. */
export function placeGuardianErrors(errors: readonly UserError[]): PlacedUserErrors {
  const placed: PlacedUserErrors = { fields: [], general: [] };
  for (const error of errors) {
    const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
    const nested = /^guardians\.(\d+)\.(name|phone|id)$/.exec(path[0] ?? '');
    if (nested) {
      const field = nested[2] === 'id' ? 'name' : nested[2];
      placed.fields.push({ name: ['guardians', Number(nested[1]), field], errors: [error.message] });
    } else if (path[0] === 'address') {
      placed.fields.push({ name: 'address', errors: [error.message] });
    } else {
      placed.general.push(error.message);
    }
  }
  return placed;
}
