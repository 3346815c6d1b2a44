import type { EnumFilterSpec } from '../../components/filters/EnumFilter';
import type { ContactForm, ContactKind } from '../../gql/graphql';

/** Every ContactForm of the schema, in the order a teacher meets them most. */
export const CONTACT_FORMS: readonly ContactForm[] = [
  'HOME_VISIT',
  'PARENT_VISIT',
  'INVITED_VISIT',
  'PHONE',
  'VIDEO_CALL',
  'LETTER_OR_EMAIL',
  'PARENT_MEETING',
  'CLASS_GROUP_MESSAGE',
  'CONTACT_BOOK',
  'ONLINE_MESSAGE',
];

/** Every ContactKind: the primary school's three, then the secondary school's phases (普访/随访/定访). */
export const CONTACT_KINDS: readonly ContactKind[] = [
  'ROUTINE',
  'FOCUS',
  'IMMEDIATE',
  'GENERAL_VISIT',
  'FOLLOW_UP',
  'SCHEDULED',
];

/** The contact list's and the timeline's filters by form and by kind. */
export const FORMS_FILTER: EnumFilterSpec<ContactForm> = {
  values: CONTACT_FORMS,
  labels: 'contactForm',
  label: 'timeline.filterForms',
  placeholder: 'timeline.allForms',
};
export const KINDS_FILTER: EnumFilterSpec<ContactKind> = {
  values: CONTACT_KINDS,
  labels: 'contactKind',
  label: 'timeline.filterKinds',
  placeholder: 'timeline.allKinds',
};

// The server's limits on a contact (ContactRules in the backend, stated in the schema's
// descriptions of RecordContactInput); a backend test reads these numbers and holds them equal.

/** The schema's limit on RecordContactInput.summary. */
export const SUMMARY_MAX_LENGTH = 2000;

/** The server's limit on each of the contact's other texts (reports, analysis, measures…). */
export const TEXT_MAX_LENGTH = 1000;

/** The server's limit on the place and the other participants. */
export const SHORT_TEXT_MAX_LENGTH = 200;

/** A follow-up action's limits: what (200), who (50), and at most 10 of them. */
export const FOLLOW_UP_ACTION_MAX_LENGTH = 200;
export const FOLLOW_UP_OWNER_MAX_LENGTH = 50;
export const FOLLOW_UPS_MAX = 10;

/** A contact lasts 1–600 minutes. */
export const DURATION_MIN = 1;
export const DURATION_MAX = 600;

/** The server's limit on a withdrawal's reason. */
export const REASON_MAX_LENGTH = 500;
