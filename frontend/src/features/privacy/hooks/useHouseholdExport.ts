import { HouseholdExportDocument } from '../../../gql/graphql';
import { downloadText } from '../../../lib/download';
import { request } from '../../../lib/graphql/client';
import { useSubmit } from '../../../lib/graphql/useSubmit';

/** household-<id>.json, with anything but letters, digits, '-', '_' and '.' replaced. */
export function exportFilename(householdId: string): string {
  return `household-${householdId.replace(/[^\w.-]/g, '_')}.json`;
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/**
 * Fetches everything held about a household (principal only) and saves it as a JSON file.
 * Resolves to true when saved, false when the household is not found.
 */
export function useHouseholdExport() {
  return useSubmit(async (householdId: string) => {
    const { householdExport } = await request(HouseholdExportDocument, { householdId });
    if (householdExport == null) return false;
    downloadText(pretty(householdExport), exportFilename(householdId));
    return true;
  });
}
