import type { MeetingKind, MeetingSettingsQuery, StaffRole, TermRefInput } from '../../gql/graphql';

type SchoolYears = MeetingSettingsQuery['schoolCalendar']['schoolYears'];

export const MEETING_KINDS: readonly MeetingKind[] = [
  'PARENT_MEETING',
  'PARENT_COMMITTEE',
  'OPEN_DAY',
  'PARENT_WORKSHOP',
];

/** Limits the server checks too (RecordMeetingInput). */
export const TOPIC_MAX = 200;
export const MINUTES_MAX = 5000;
export const RESOLUTION_MAX = 500;
export const RESOLUTIONS_MAX = 20;
export const ATTENDEES_MAX = 2000;

/** Which form field shows a UserError about an input field. */
export const MEETING_FIELDS: Readonly<Record<string, string>> = {
  kind: 'kind',
  heldOn: 'heldOn',
  topic: 'topic',
  minutes: 'minutes',
  resolutions: 'resolutions',
  attendeeCount: 'attendeeCount',
};

export interface TermOption {
  key: string;
  span: string;
  name: string;
  term: TermRefInput;
  start: string;
  end: string;
}

/** Every term of the calendar, newest first. */
export function termOptions(years: SchoolYears): TermOption[] {
  return [...years]
    .sort((a, b) => b.startYear - a.startYear)
    .flatMap((year) =>
      year.terms
        .map((term, index) => ({
          key: `${year.startYear}:${index + 1}`,
          span: `${year.startYear}–${year.startYear + 1}`,
          name: term.name,
          term: { schoolYear: year.startYear, number: index + 1 },
          start: term.start,
          end: term.end,
        }))
        .reverse(),
    );
}

/** The term holding `today` (YYYY-MM-DD), if any. */
export function currentTerm(options: readonly TermOption[], today: string): TermOption | undefined {
  return options.find((option) => option.start <= today && today <= option.end);
}

const OVERSEERS: readonly StaffRole[] = ['PRINCIPAL', 'MORAL_EDUCATION', 'GRADE_LEADER'];

/**
 * Who may record a class's meetings: its homeroom teacher, the principal, 德育处 and grade
 * leaders (who see only their grades' classes). The server checks again.
 */
export function mayRecordMeetings(
  roles: readonly StaffRole[],
  viewerId: string,
  homeroomTeacherId: string | null | undefined,
): boolean {
  return roles.some((role) => OVERSEERS.includes(role)) || homeroomTeacherId === viewerId;
}
