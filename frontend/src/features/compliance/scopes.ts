import type {
  ComplianceCalendarQuery,
  ComplianceScopeInput,
  ReportPeriodInput,
  StaffRole,
} from '../../gql/graphql';
import { seesWholeSchool } from '../viewer/roles';

type Viewer = NonNullable<ComplianceCalendarQuery['viewer']>;
type SchoolYears = ComplianceCalendarQuery['schoolCalendar']['schoolYears'];

/** Roles with figures of their own (contacts they made). */
const OWN_FIGURES: readonly StaffRole[] = [
  'HOMEROOM_TEACHER',
  'SUBJECT_TEACHER',
  'LEARNING_MANAGER',
  'CONSULTANT',
];

export interface ScopeOption {
  key: string;
  /** i18n key and values for the label. */
  label: { key: string; values?: Record<string, string | number> };
  scope: ComplianceScopeInput;
}

/**
 * The scopes a viewer may ask for, in the order they are offered: the school, grades and
 * classes for the principal and 德育处 (a campus's supervisor, director and president); the
 * grades a grade leader sees; a homeroom teacher's class (a learning manager's group); every
 * teacher's and learning manager's own figures. The server checks again.
 */
export function scopeOptions(viewer: Viewer): ScopeOption[] {
  const options: ScopeOption[] = [];
  const overseer = seesWholeSchool(viewer.roles);
  const leader = viewer.roles.includes('GRADE_LEADER');
  if (overseer && viewer.school) {
    options.push({
      key: 'school',
      label: { key: 'compliance.scope.school' },
      scope: { schoolId: viewer.school.id },
    });
  }
  if (overseer || leader) {
    const grades = [...new Set(viewer.classes.map((c) => c.grade))].sort((a, b) => a - b);
    for (const grade of grades) {
      options.push({
        key: `grade:${grade}`,
        label: { key: 'compliance.scope.grade', values: { grade } },
        scope: { grade },
      });
    }
  }
  for (const schoolClass of viewer.classes) {
    const homeroom = schoolClass.homeroomTeacher?.id === viewer.id;
    if (overseer || leader || homeroom) {
      options.push({
        key: `class:${schoolClass.id}`,
        label: { key: 'compliance.scope.class', values: { name: schoolClass.name } },
        scope: { classId: schoolClass.id },
      });
    }
  }
  if (viewer.roles.some((role) => OWN_FIGURES.includes(role))) {
    options.push({ key: 'me', label: { key: 'compliance.scope.me' }, scope: { teacherId: viewer.id } });
  }
  return options;
}

export interface PeriodOption {
  key: string;
  label: { key: string; values?: Record<string, string | number> };
  period: ReportPeriodInput;
}

/** Terms, breaks and whole years the school calendar knows, newest school year first. */
export function periodOptions(years: SchoolYears): PeriodOption[] {
  const options: PeriodOption[] = [];
  for (const year of [...years].sort((a, b) => b.startYear - a.startYear)) {
    const span = `${year.startYear}–${year.startYear + 1}`;
    options.push({
      key: `year:${year.startYear}`,
      label: { key: 'compliance.period.schoolYear', values: { span } },
      period: { schoolYear: year.startYear },
    });
    year.terms.forEach((term, index) =>
      options.push({
        key: `term:${year.startYear}:${index + 1}`,
        label: { key: 'compliance.period.term', values: { span, name: term.name } },
        period: { term: { schoolYear: year.startYear, number: index + 1 } },
      }),
    );
    if (year.winterBreak) {
      options.push({
        key: `winter:${year.startYear}`,
        label: { key: 'compliance.period.winterBreak', values: { span } },
        period: { winterBreak: year.startYear },
      });
    }
    if (year.summerBreak) {
      options.push({
        key: `summer:${year.startYear}`,
        label: { key: 'compliance.period.summerBreak', values: { span } },
        period: { summerBreak: year.startYear },
      });
    }
  }
  return options;
}
