import type { ContactForm, ContactKind } from '../../gql/graphql';
import { CONTACT_FORMS, CONTACT_KINDS } from './contactOptions';

/** What the record form starts with when a task opened it (see tasks' recordLink). */
export interface RecordDefaults {
  form?: ContactForm;
  kind?: ContactKind;
  /** The incident the contact answers (an immediate visit). */
  answersIncidentId?: string;
}

/** Defaults from `?record=1&kind=…&form=…&answers=…`; undefined unless the drawer was asked for. */
export function recordDefaults(params: URLSearchParams): RecordDefaults | undefined {
  if (params.get('record') !== '1') return undefined;
  const kind = params.get('kind') ?? '';
  const form = params.get('form') ?? '';
  const answers = params.get('answers');
  return {
    kind: (CONTACT_KINDS as readonly string[]).includes(kind) ? (kind as ContactKind) : undefined,
    form: (CONTACT_FORMS as readonly string[]).includes(form) ? (form as ContactForm) : undefined,
    answersIncidentId: answers && /^[\w-]{1,100}$/.test(answers) ? answers : undefined,
  };
}
