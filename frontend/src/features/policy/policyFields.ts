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

/** The editable shape of PolicyRules, in the order the editor shows it. */
export const POLICY_SECTIONS: readonly SectionSpec[] = [
  {
    name: '',
    nullable: false,
    fields: [
      { name: 'contactsPerTeacherPerMonth', kind: 'int', optional: true },
      { name: 'homeVisitForms', kind: 'forms' },
    ],
  },
  {
    name: 'homeroom',
    nullable: true,
    fields: [
      { name: 'perMonth', kind: 'int' },
      { name: 'winterBreak', kind: 'int', optional: true },
      { name: 'summerBreak', kind: 'int', optional: true },
      { name: 'everyStudentPerSchoolYear', kind: 'bool' },
      { name: 'newClassEveryStudentInSummer', kind: 'bool' },
    ],
  },
  {
    name: 'subjectTeacher',
    nullable: true,
    fields: [
      { name: 'perMonth', kind: 'int' },
      { name: 'winterBreak', kind: 'int', optional: true },
      { name: 'summerBreak', kind: 'int', optional: true },
      { name: 'everyStudentPerSchoolYear', kind: 'bool' },
      { name: 'newClassEveryStudentInSummer', kind: 'bool' },
    ],
  },
  {
    name: 'focus',
    nullable: true,
    fields: [
      { name: 'minExtraVisitsPerYear', kind: 'int' },
      { name: 'maxExtraVisitsPerYear', kind: 'int' },
      { name: 'visitInWinterBreak', kind: 'bool' },
      { name: 'remindDaysBeforeWinterBreak', kind: 'int' },
    ],
  },
  {
    name: 'immediate',
    nullable: true,
    fields: [
      { name: 'deadlineHours', kind: 'int' },
      { name: 'illnessAbsenceMoreThanDays', kind: 'int' },
    ],
  },
  {
    name: 'meetings',
    nullable: true,
    fields: [
      { name: 'parentMeetingsPerTerm', kind: 'int' },
      { name: 'committeeMeetingsPerTerm', kind: 'int' },
      { name: 'surveyPercentPerTerm', kind: 'int' },
      { name: 'openDaysPerYear', kind: 'int' },
      { name: 'parentWorkshopsPerYear', kind: 'int' },
    ],
  },
  {
    name: 'coverage',
    nullable: true,
    fields: [
      { name: 'faceToFacePercentPerSchoolYear', kind: 'float' },
      { name: 'everyFamilyWithinYears', kind: 'int' },
      { name: 'faceToFaceForms', kind: 'forms' },
    ],
  },
  {
    name: 'onboarding',
    nullable: true,
    fields: [
      { name: 'fileWithinWorkingDays', kind: 'int' },
      { name: 'callWithinDaysOfFile', kind: 'int' },
      { name: 'consultantWithinHours', kind: 'int' },
      { name: 'notifyHoursBeforeFirstLesson', kind: 'int' },
      { name: 'followUpCallOnFirstLessonDay', kind: 'bool' },
      { name: 'learningPlanAfterWeeks', kind: 'int' },
      { name: 'tutoringPlanInWeek', kind: 'int' },
      { name: 'tutoringPlanAfterLessons', kind: 'int' },
      { name: 'weeklyFollowUpsForMonths', kind: 'int' },
      { name: 'followUpsPerFortnightMin', kind: 'int' },
      { name: 'followUpsPerFortnightMax', kind: 'int' },
      { name: 'scoresWithinDays', kind: 'int' },
      { name: 'growthRecordsPerMonth', kind: 'int' },
    ],
  },
  {
    name: 'reminders',
    nullable: false,
    fields: [
      { name: 'hoursBefore', kind: 'int' },
      { name: 'quietFrom', kind: 'time' },
      { name: 'quietUntil', kind: 'time' },
    ],
  },
];

type Value = number | boolean | string | ContactForm[] | null | undefined;
type Section = Record<string, Value> | null | undefined;

/** The form's values: a section is an object, or null when the school has no such rule. */
export type PolicyFormValues = Record<string, Value | Section>;

function sectionOf(rules: PolicyFormValues, spec: SectionSpec): Record<string, Value> | null | undefined {
  return spec.name === '' ? (rules as Record<string, Value>) : (rules[spec.name] as Section);
}

/**
 * Rules as the GraphQL input wants them, field by field from the spec (so no
 * `__typename` or unknown field slips through); a switched-off section is null.
 */
export function toRulesInput(rules: PolicyFormValues): PolicyRulesInput {
  const input: Record<string, unknown> = {};
  for (const spec of POLICY_SECTIONS) {
    const section = sectionOf(rules, spec);
    if (spec.name !== '' && !section) {
      input[spec.name] = null;
      continue;
    }
    const target: Record<string, unknown> = spec.name === '' ? input : {};
    for (const field of spec.fields) {
      const value = section?.[field.name];
      target[field.name] = value === undefined ? null : value;
    }
    if (spec.name !== '') input[spec.name] = target;
  }
  return input as PolicyRulesInput;
}

/** Form values from rules read from the API. */
export function fromRules(rules: PolicyRulesFieldsFragment): PolicyFormValues {
  const values: PolicyFormValues = {};
  const source = rules as unknown as Record<string, unknown>;
  for (const spec of POLICY_SECTIONS) {
    const section = (spec.name === '' ? source : source[spec.name]) as
      Record<string, Value> | null | undefined;
    if (spec.name !== '' && !section) {
      values[spec.name] = null;
      continue;
    }
    const target: Record<string, Value> = {};
    for (const field of spec.fields) target[field.name] = section?.[field.name] ?? null;
    if (spec.name === '') Object.assign(values, target);
    else values[spec.name] = target;
  }
  return values;
}
