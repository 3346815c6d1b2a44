import {
  sortUserErrors as sortByField,
  type SortedUserErrors,
  type UserError,
} from '../../lib/graphql/userErrors';

/**
 * The form's fields, by the RecordContactInput / AmendContactInput field a UserError may
 * point at. `studentIds` and `contactId` are about the whole record: they go above the form.
 */
export const CONTACT_FIELD_BY_INPUT: Readonly<Record<string, string>> = {
  form: 'form',
  kind: 'kind',
  occurredAt: 'occurredAt',
  guardianIdsMet: 'guardianIdsMet',
  summary: 'summary',
  place: 'place',
  durationMinutes: 'durationMinutes',
  otherParticipants: 'otherParticipants',
  studentPresent: 'studentPresent',
  schoolReport: 'schoolReport',
  familyReport: 'familyReport',
  familySituationObserved: 'familySituationObserved',
  homeLearningGuidance: 'homeLearningGuidance',
  analysis: 'analysis',
  countermeasure: 'countermeasure',
  agreedMeasures: 'agreedMeasures',
  followUps: 'followUps',
  needsSchool: 'needsSchool',
  schoolMatter: 'schoolMatter',
};

export type { SortedUserErrors };

/** Puts each UserError next to its field, or in the alert above the form. */
export function sortUserErrors(errors: readonly UserError[]): SortedUserErrors {
  return sortByField(errors, CONTACT_FIELD_BY_INPUT);
}
