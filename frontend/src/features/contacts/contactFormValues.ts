import dayjs, { type Dayjs } from 'dayjs';
import type {
  AmendContactInput,
  ContactDetailFieldsFragment,
  ContactForm,
  ContactKind,
  RecordContactInput,
} from '../../gql/graphql';
import { requiresAnalysis } from './policy';

/** One follow-up row of the form. */
export interface FollowUpRow {
  action?: string;
  owner?: string;
  dueDate?: Dayjs | null;
}

/** The contact form's values, as antd's Form holds them (fields not shown are absent). */
export interface ContactFormValues {
  form?: ContactForm;
  kind: ContactKind;
  occurredAt?: Dayjs;
  place?: string;
  durationMinutes?: number | null;
  siblingIds?: string[];
  guardianIdsMet?: string[];
  studentPresent?: boolean;
  otherParticipants?: string;
  summary: string;
  schoolReport?: string;
  familyReport?: string;
  familySituationObserved?: string;
  homeLearningGuidance?: string;
  analysis?: string;
  countermeasure?: string;
  agreedMeasures?: string;
  followUps?: FollowUpRow[];
  needsSchool?: boolean;
  schoolMatter?: string;
}

/** The collapsible sections of the form, after the paper 《家访记录》. */
export type ContactSection = 'basics' | 'talk' | 'family' | 'guidance' | 'analysis' | 'measures';

/** The section that holds each form field: a section with an error is opened. */
export const SECTION_OF_FIELD: Record<string, ContactSection> = {
  form: 'basics',
  kind: 'basics',
  occurredAt: 'basics',
  place: 'basics',
  durationMinutes: 'basics',
  siblingIds: 'basics',
  guardianIdsMet: 'basics',
  studentPresent: 'basics',
  otherParticipants: 'basics',
  summary: 'talk',
  schoolReport: 'talk',
  familyReport: 'talk',
  familySituationObserved: 'family',
  homeLearningGuidance: 'guidance',
  analysis: 'analysis',
  countermeasure: 'analysis',
  agreedMeasures: 'measures',
  followUps: 'measures',
  needsSchool: 'measures',
  schoolMatter: 'measures',
};

/** Opens the sections that hold the named fields (after a failed validation or UserErrors). */
export function withSectionsOf(open: ContactSection[], fields: readonly string[]): ContactSection[] {
  const next = new Set(open);
  for (const field of fields) {
    const section = SECTION_OF_FIELD[field];
    if (section) next.add(section);
  }
  return [...next];
}

/** The sections open at first: basics and talk, and the analysis where the school's rule asks for one. */
export function initialSections(
  form: ContactForm | undefined,
  kind: ContactKind | undefined,
): ContactSection[] {
  return requiresAnalysis(form, kind) ? ['basics', 'talk', 'analysis'] : ['basics', 'talk'];
}

/** The texts an amendment may change (AmendContactInput), besides time, form, kind and duration. */
export const AMENDABLE_TEXTS = [
  'summary',
  'place',
  'schoolReport',
  'familyReport',
  'homeLearningGuidance',
  'analysis',
  'countermeasure',
  'agreedMeasures',
] as const;

/** A trimmed text, or undefined when blank. */
function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Drops the keys whose value is undefined, so the request carries only what was filled in. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

interface RecordContext {
  studentId: string;
  idempotencyKey: string;
  answersIncidentId?: string;
}

/** RecordContactInput from the form: optional texts only when filled, follow-ups only when added. */
export function toRecordInput(values: ContactFormValues, context: RecordContext): RecordContactInput {
  const followUps = (values.followUps ?? []).map((row) =>
    compact({
      action: row.action?.trim() ?? '',
      owner: row.owner?.trim() ?? '',
      dueDate: row.dueDate ? row.dueDate.format('YYYY-MM-DD') : undefined,
    }),
  );
  const needsSchool = values.needsSchool === true;
  return compact({
    studentIds: [context.studentId, ...(values.siblingIds ?? [])],
    form: values.form!,
    kind: values.kind,
    occurredAt: values.occurredAt!.toISOString(),
    guardianIdsMet: values.guardianIdsMet ?? [],
    summary: values.summary.trim(),
    place: text(values.place),
    durationMinutes: values.durationMinutes ?? undefined,
    otherParticipants: text(values.otherParticipants),
    studentPresent: values.studentPresent,
    schoolReport: text(values.schoolReport),
    familyReport: text(values.familyReport),
    familySituationObserved: text(values.familySituationObserved),
    homeLearningGuidance: text(values.homeLearningGuidance),
    analysis: text(values.analysis),
    countermeasure: text(values.countermeasure),
    agreedMeasures: text(values.agreedMeasures),
    followUps: followUps.length > 0 ? followUps : undefined,
    needsSchool: needsSchool ? true : undefined,
    schoolMatter: needsSchool ? text(values.schoolMatter) : undefined,
    answersIncidentId: context.answersIncidentId,
    idempotencyKey: context.idempotencyKey,
  });
}

/** The form's values for amending a contact: what it says now. */
export function fromContact(contact: ContactDetailFieldsFragment): ContactFormValues {
  return {
    form: contact.form,
    kind: contact.kind,
    occurredAt: dayjs(contact.occurredAt),
    durationMinutes: contact.durationMinutes ?? null,
    summary: contact.summary,
    place: contact.place ?? '',
    schoolReport: contact.schoolReport ?? '',
    familyReport: contact.familyReport ?? '',
    homeLearningGuidance: contact.homeLearningGuidance ?? '',
    analysis: contact.analysis ?? '',
    countermeasure: contact.countermeasure ?? '',
    agreedMeasures: contact.agreedMeasures ?? '',
  };
}

/**
 * AmendContactInput with the fields that changed only, and the version that was read: the
 * server refuses with CONFLICT when someone else amended the record in between.
 */
export function toAmendInput(
  values: ContactFormValues,
  contact: ContactDetailFieldsFragment,
  idempotencyKey: string,
): AmendContactInput {
  const input: AmendContactInput = {
    contactId: contact.id,
    expectedVersion: contact.version,
    idempotencyKey,
  };
  if (values.occurredAt && !values.occurredAt.isSame(dayjs(contact.occurredAt), 'minute')) {
    input.occurredAt = values.occurredAt.toISOString();
  }
  if (values.form && values.form !== contact.form) input.form = values.form;
  if (values.kind !== contact.kind) input.kind = values.kind;
  if (values.durationMinutes != null && values.durationMinutes !== contact.durationMinutes) {
    input.durationMinutes = values.durationMinutes;
  }
  for (const field of AMENDABLE_TEXTS) {
    const next = (values[field] ?? '').trim();
    if (next !== (contact[field] ?? '')) input[field] = next;
  }
  return input;
}
