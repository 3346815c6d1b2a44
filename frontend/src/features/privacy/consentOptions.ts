import type { Dayjs } from 'dayjs';
import type { ConsentPurpose } from '../../gql/graphql';

/** Every ConsentPurpose of the schema. */
export const CONSENT_PURPOSES: readonly ConsentPurpose[] = ['CONTACT_RECORDS', 'SENSITIVE_CATEGORIES'];

/** The version of the school's data-protection rules guardians are shown now. */
export const DEFAULT_RULES_VERSION = '2026-09';

/** The server's limit on RecordConsentInput.rulesVersion. */
export const RULES_VERSION_MAX_LENGTH = 50;

/** The schema's input fields a consent UserError may name, by the form field that shows it. */
export const CONSENT_FIELDS: Record<string, string> = {
  guardianId: 'guardianId',
  purposes: 'purposes',
  rulesVersion: 'rulesVersion',
  givenAt: 'givenAt',
};

/**
 * The instant to record for a consent given on `day`: now when it is today; otherwise noon
 * of that day, which is the same calendar day in every time zone near the school's.
 */
export function givenAtInstant(day: Dayjs, now: Dayjs): Dayjs {
  return day.isSame(now, 'day') ? now : day.hour(12).minute(0).second(0).millisecond(0);
}
