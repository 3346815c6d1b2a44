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

export const CONTACT_KINDS: readonly ContactKind[] = ['ROUTINE', 'FOCUS', 'IMMEDIATE'];

/** The schema's limit on RecordContactInput.summary. */
export const SUMMARY_MAX_LENGTH = 4000;
