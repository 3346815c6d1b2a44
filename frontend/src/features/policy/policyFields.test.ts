import { describe, expect, it } from 'vitest';
import type { PolicyRulesFieldsFragment } from '../../gql/graphql';
import { fromRules, POLICY_SECTIONS, toRulesInput, type PolicyFormValues } from './policyFields';

const teacher = {
  perMonth: 2,
  winterBreak: 1,
  summerBreak: null,
  everyStudentPerSchoolYear: true,
  newClassEveryStudentInSummer: false,
};

/**
 * Every field of the fragment the form edits (the compiler checks that none is missing); the
 * escalation chains have no form fields and travel separately (escalationChains.ts).
 */
const rules = {
  contactsPerTeacherPerMonth: 30,
  homeroom: { ...teacher },
  subjectTeacher: { ...teacher, perMonth: 1 },
  homeVisitForms: ['HOME_VISIT'],
  focus: {
    minExtraVisitsPerYear: 1,
    maxExtraVisitsPerYear: 3,
    visitInWinterBreak: true,
    remindDaysBeforeWinterBreak: 7,
  },
  immediate: { deadlineHours: 24, illnessAbsenceMoreThanDays: 3 },
  meetings: {
    parentMeetingsPerTerm: 1,
    committeeMeetingsPerTerm: 2,
    surveyPercentPerTerm: 50,
    openDaysPerYear: 1,
    parentWorkshopsPerYear: 2,
  },
  coverage: {
    faceToFacePercentPerSchoolYear: 80.5,
    everyFamilyWithinYears: 3,
    faceToFaceForms: ['HOME_VISIT', 'PARENT_VISIT'],
  },
  onboarding: {
    fileWithinWorkingDays: 5,
    callWithinDaysOfFile: 2,
    consultantWithinHours: 48,
    notifyHoursBeforeFirstLesson: 24,
    followUpCallOnFirstLessonDay: true,
    learningPlanAfterWeeks: 2,
    tutoringPlanInWeek: 3,
    tutoringPlanAfterLessons: 4,
    weeklyFollowUpsForMonths: 2,
    followUpsPerFortnightMin: 1,
    followUpsPerFortnightMax: 2,
    scoresWithinDays: 7,
    growthRecordsPerMonth: 1,
  },
  reminders: { hoursBefore: 24, quietFrom: '22:00', quietUntil: '07:00' },
} satisfies Omit<PolicyRulesFieldsFragment, 'escalationChains'>;

describe('policy fields', () => {
  it('names every field of PolicyRules, once, and nothing else', () => {
    // As read, with what the client adds: the input must not carry it back.
    const read = { __typename: 'PolicyRules', ...rules, escalationChains: [] } as PolicyRulesFieldsFragment;
    expect(toRulesInput(fromRules(read))).toEqual(rules);
  });

  it('gives each field the kind its value has', () => {
    const source = rules as unknown as Record<string, Record<string, unknown>>;
    for (const section of POLICY_SECTIONS) {
      for (const field of section.fields) {
        const value =
          section.name === ''
            ? (rules as unknown as Record<string, unknown>)[field.name]
            : source[section.name][field.name];
        if (value === null) continue;
        const type = Array.isArray(value) ? 'forms' : typeof value;
        expect({ field: field.name, type }).toEqual({
          field: field.name,
          type: { int: 'number', float: 'number', bool: 'boolean', time: 'string', forms: 'forms' }[
            field.kind
          ],
        });
      }
    }
  });

  it('lets a school go without a section, and sends a missing number as null', () => {
    const values: PolicyFormValues = fromRules({ ...rules, focus: null, escalationChains: [] });
    expect(values.focus).toBeNull();
    const input = toRulesInput({ ...values, contactsPerTeacherPerMonth: undefined, extra: 1 });
    expect(input.focus).toBeNull();
    expect(input.contactsPerTeacherPerMonth).toBeNull();
    expect(input).not.toHaveProperty('extra');
  });

  it('marks as optional only the numbers a school may leave empty', () => {
    const optional = POLICY_SECTIONS.flatMap((section) =>
      section.fields.filter((field) => field.optional).map((field) => `${section.name}.${field.name}`),
    );
    expect(optional).toEqual([
      '.contactsPerTeacherPerMonth',
      'homeroom.winterBreak',
      'homeroom.summerBreak',
      'subjectTeacher.winterBreak',
      'subjectTeacher.summerBreak',
    ]);
  });
});
