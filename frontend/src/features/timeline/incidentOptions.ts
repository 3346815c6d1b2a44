import type { IncidentKind } from '../../gql/graphql';

/** Every IncidentKind of the schema: the events that call for an immediate contact. */
export const INCIDENT_KINDS: readonly IncidentKind[] = [
  'ILLNESS_ABSENCE',
  'FAMILY_EVENT',
  'INJURY',
  'TRUANCY',
  'DISCIPLINE',
  'AWARD',
  'OTHER',
];

/** The server's limits on an incident and a note. */
export const INCIDENT_TEXT_MAX_LENGTH = 2000;
export const REPORTED_BY_MAX_LENGTH = 100;
export const DAYS_MAX = 365;
export const NOTE_MAX_LENGTH = 2000;

/** The schema's input fields an incident's UserError may name, by the form field that shows it. */
export const INCIDENT_FIELDS: Record<string, string> = {
  kind: 'kind',
  occurredAt: 'occurredAt',
  description: 'description',
  days: 'days',
  reportedBy: 'reportedBy',
  needsSchool: 'needsSchool',
  schoolMatter: 'schoolMatter',
};

/** The same for a note. */
export const NOTE_FIELDS: Record<string, string> = { occurredAt: 'occurredAt', text: 'text' };
