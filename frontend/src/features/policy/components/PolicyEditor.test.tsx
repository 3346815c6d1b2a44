import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePolicyDocument, type PolicyRulesFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { renderWithProviders } from '../../../test/render';
import type { PolicyPage } from '../hooks/usePolicy';
import { PolicyEditor } from './PolicyEditor';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const chain = (days: number): PolicyRulesFieldsFragment['escalationChains'] => [
  {
    kind: 'SCHOOL_REFERRAL',
    backdatingDays: 5,
    steps: [
      {
        key: 'MORAL_EDUCATION',
        name: '德育处处理',
        ownerRole: 'MORAL_EDUCATION',
        deadline: { amount: days, unit: 'WORKING_DAYS' },
        requiredOutputs: ['actionsTaken'],
        mayAdvance: ['MORAL_EDUCATION'],
        mayResolve: ['MORAL_EDUCATION', 'PRINCIPAL'],
      },
    ],
  },
];

const teacher = {
  perMonth: 10,
  winterBreak: 6,
  summerBreak: null,
  everyStudentPerSchoolYear: true,
  newClassEveryStudentInSummer: true,
};

const rules = (days: number): PolicyRulesFieldsFragment => ({
  contactsPerTeacherPerMonth: 8,
  homeroom: teacher,
  subjectTeacher: teacher,
  homeVisitForms: ['HOME_VISIT'],
  focus: {
    minExtraVisitsPerYear: 1,
    maxExtraVisitsPerYear: 2,
    visitInWinterBreak: true,
    remindDaysBeforeWinterBreak: 14,
  },
  immediate: { deadlineHours: 24, illnessAbsenceMoreThanDays: 3 },
  meetings: {
    parentMeetingsPerTerm: 2,
    committeeMeetingsPerTerm: 1,
    surveyPercentPerTerm: 30,
    openDaysPerYear: 1,
    parentWorkshopsPerYear: 1,
  },
  coverage: null,
  onboarding: {
    fileWithinWorkingDays: 2,
    callWithinDaysOfFile: 1,
    consultantWithinHours: 24,
    notifyHoursBeforeFirstLesson: 24,
    followUpCallOnFirstLessonDay: true,
    learningPlanAfterWeeks: 3,
    tutoringPlanInWeek: 4,
    tutoringPlanAfterLessons: 20,
    weeklyFollowUpsForMonths: 2,
    followUpsPerFortnightMin: 1,
    followUpsPerFortnightMax: 2,
    scoresWithinDays: 7,
    growthRecordsPerMonth: 1,
  },
  reminders: { hoursBefore: 24, quietFrom: '21:00', quietUntil: '07:00' },
  escalationChains: chain(days),
});

const data = {
  policy: {
    id: 'pol_1',
    version: 2,
    effectiveFrom: '2026-09-01',
    basedOn: 'PRIMARY',
    note: null,
    changedAt: null,
    changedBy: null,
    rules: rules(2),
    differencesFromPreset: [],
  },
  policyPresets: [{ preset: 'PRIMARY', rules: rules(0) }],
} as unknown as PolicyPage;

const sentChains = () => {
  const [, variables] = requestMock.mock.calls.find(([document]) => document === UpdatePolicyDocument)!;
  return (variables as { input: { rules: { escalationChains: unknown } } }).input.rules.escalationChains;
};

describe('PolicyEditor', () => {
  beforeEach(() => {
    requestMock.mockReset();
    requestMock.mockResolvedValue({ updatePolicy: { policy: { version: 3 }, errors: [] } });
  });

  it('saves with a section the school goes without, keeping its own escalation chains', async () => {
    const onSaved = vi.fn();
    renderWithProviders(<PolicyEditor data={data} onSaved={onSaved} />);
    await userEvent.click(await screen.findByTestId('policy-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sentChains()).toEqual(chain(2));
  });
});
