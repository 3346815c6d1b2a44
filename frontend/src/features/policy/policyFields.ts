import type { ContactForm, PolicyRulesFieldsFragment, PolicyRulesInput } from '../../gql/graphql';

export type FieldKind = 'int' | 'float' | 'bool' | 'time' | 'forms';

export interface FieldSpec {
  /** Field name within its section (or at the top level). */
  name: string;
  kind: FieldKind;
  /** Null allowed: an empty number means "no number". */
  optional?: boolean;
}

export interface SectionSpec {
  /** Section name in PolicyRules; '' for the top-level fields. */
  name: '' | keyof PolicyRulesInput;
  /** Whether a school may have no such rule (the section is then null). */
  nullable: boolean;
  fields: FieldSpec[];
}

const int = (name: string): FieldSpec => ({ name, kind: 'int' });
const ints = (...names: string[]): FieldSpec[] => names.map(int);
const optionalInt = (name: string): FieldSpec => ({ name, kind: 'int', optional: true });
const bool = (name: string): FieldSpec => ({ name, kind: 'bool' });
const forms = (name: string): FieldSpec => ({ name, kind: 'forms' });

/** A section a school may go without (it is then null). */
const optionalSection = (name: keyof PolicyRulesInput, fields: FieldSpec[]): SectionSpec => ({
  name,
  nullable: true,
  fields,
});

/** Homeroom and subject teachers' contacts follow rules of the same shape. */
const TEACHER_CONTACT_FIELDS: FieldSpec[] = [
  int('perMonth'),
  optionalInt('winterBreak'),
  optionalInt('summerBreak'),
  bool('everyStudentPerSchoolYear'),
  bool('newClassEveryStudentInSummer'),
];

/** The editable shape of PolicyRules, in the order the editor shows it. */
export const POLICY_SECTIONS: readonly SectionSpec[] = [
  { name: '', nullable: false, fields: [optionalInt('contactsPerTeacherPerMonth'), forms('homeVisitForms')] },
  optionalSection('homeroom', TEACHER_CONTACT_FIELDS),
  optionalSection('subjectTeacher', TEACHER_CONTACT_FIELDS),
  optionalSection('focus', [
    ...ints('minExtraVisitsPerYear', 'maxExtraVisitsPerYear'),
    bool('visitInWinterBreak'),
    int('remindDaysBeforeWinterBreak'),
  ]),
  optionalSection('immediate', ints('deadlineHours', 'illnessAbsenceMoreThanDays')),
  optionalSection(
    'meetings',
    ints(
      'parentMeetingsPerTerm',
      'committeeMeetingsPerTerm',
      'surveyPercentPerTerm',
      'openDaysPerYear',
      'parentWorkshopsPerYear',
    ),
  ),
  optionalSection('coverage', [
    { name: 'faceToFacePercentPerSchoolYear', kind: 'float' },
    int('everyFamilyWithinYears'),
    forms('faceToFaceForms'),
  ]),
  optionalSection('onboarding', [
    ...ints('fileWithinWorkingDays', 'callWithinDaysOfFile', 'consultantWithinHours'),
    int('notifyHoursBeforeFirstLesson'),
    bool('followUpCallOnFirstLessonDay'),
    ...ints('learningPlanAfterWeeks', 'tutoringPlanInWeek', 'tutoringPlanAfterLessons'),
    ...ints('weeklyFollowUpsForMonths', 'followUpsPerFortnightMin', 'followUpsPerFortnightMax'),
    ...ints('scoresWithinDays', 'growthRecordsPerMonth'),
  ]),
  {
    name: 'reminders',
    nullable: false,
    fields: [int('hoursBefore'), { name: 'quietFrom', kind: 'time' }, { name: 'quietUntil', kind: 'time' }],
  },
];

type Value = number | boolean | string | ContactForm[] | null | undefined;
type Section = Record<string, Value> | null | undefined;

/** The form's values: a section is an object, or null when the school has no such rule. */
export type PolicyFormValues = Record<string, Value | Section>;

/**
 * The spec's fields of `rules` and nothing else (no `__typename`, no unknown field); a
 * missing value is null, and so is a section the school goes without.
 */
function pickFields(rules: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const spec of POLICY_SECTIONS) {
    const section = (spec.name === '' ? rules : rules[spec.name]) as
      Record<string, unknown> | null | undefined;
    if (spec.name !== '' && !section) {
      picked[spec.name] = null;
      continue;
    }
    const target: Record<string, unknown> = spec.name === '' ? picked : {};
    for (const field of spec.fields) target[field.name] = section?.[field.name] ?? null;
    if (spec.name !== '') picked[spec.name] = target;
  }
  return picked;
}

/** Rules as the GraphQL input wants them, field by field from the spec. */
export function toRulesInput(rules: PolicyFormValues): PolicyRulesInput {
  return pickFields(rules) as PolicyRulesInput;
}

/** Form values from rules read from the API. */
export function fromRules(rules: PolicyRulesFieldsFragment): PolicyFormValues {
  return pickFields(rules as unknown as Record<string, unknown>) as PolicyFormValues;
}
