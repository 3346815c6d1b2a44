import type { StaffRole } from '../../gql/graphql';

/** A tutoring centre's roles (培训机构): their screens say "group" where a school says "class". */
export const TUTORING_ROLES: readonly StaffRole[] = [
  'LEARNING_MANAGER',
  'CONSULTANT',
  'SUPERVISOR',
  'CAMPUS_DIRECTOR',
  'FINANCE',
  'PRESIDENT',
];

/**
 * Roles that see the whole school or campus (and may amend or withdraw any record), as the
 * server's StaffRole.seesWholeSchool says.
 */
export const WHOLE_SCHOOL_ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'SUPERVISOR',
  'CAMPUS_DIRECTOR',
  'PRESIDENT',
];

/**
 * Roles that may record and withdraw consents: those who may see a family's sensitive
 * information (the whole school, a grade's leader, a class's homeroom teacher or a group's
 * learning manager). The server checks again, per family.
 */
export const CONSENT_ROLES: readonly StaffRole[] = [
  ...WHOLE_SCHOOL_ROLES,
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
  'LEARNING_MANAGER',
];

/** Roles that oversee grades (or a whole campus): they may list a whole grade's contacts. */
export const GRADE_ROLES: readonly StaffRole[] = [...WHOLE_SCHOOL_ROLES, 'GRADE_LEADER'];

/**
 * Roles that work with families' records: everyone but analysts (aggregates only) and
 * finance (refunds only, no family's timeline).
 */
export const CONTACT_LIST_ROLES: readonly StaffRole[] = [
  ...WHOLE_SCHOOL_ROLES,
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
  'SUBJECT_TEACHER',
  'LEARNING_MANAGER',
  'CONSULTANT',
];

/** Roles that may read the anonymised analytics (the Explore page). */
export const ANALYTICS_ROLES: readonly StaffRole[] = ['ANALYST', 'PRINCIPAL'];

/** Roles that read the churn report (reasons families were lost): the campus's leadership. */
export const CHURN_REPORT_ROLES: readonly StaffRole[] = ['SUPERVISOR', 'CAMPUS_DIRECTOR', 'PRESIDENT'];

type Roles = readonly StaffRole[] | undefined;

const hasAny = (roles: Roles, wanted: readonly StaffRole[]) =>
  roles?.some((role) => wanted.includes(role)) ?? false;

export function mayExplore(roles: Roles): boolean {
  return hasAny(roles, ANALYTICS_ROLES);
}

export function isPrincipal(roles: Roles): boolean {
  return roles?.includes('PRINCIPAL') ?? false;
}

/**
 * Who answers for a family's rights at their own school or campus (the audit trail, a
 * family's export and erasure), as the server's PrivacyPolicy.answersForFamilyRights says:
 * the principal, and at a tutoring centre the campus director.
 */
export const FAMILY_RIGHTS_ROLES: readonly StaffRole[] = ['PRINCIPAL', 'CAMPUS_DIRECTOR'];

export function answersForFamilyRights(roles: Roles): boolean {
  return hasAny(roles, FAMILY_RIGHTS_ROLES);
}

export function mayManageConsents(roles: Roles): boolean {
  return hasAny(roles, CONSENT_ROLES);
}

export function seesWholeSchool(roles: Roles): boolean {
  return hasAny(roles, WHOLE_SCHOOL_ROLES);
}

export function overseesGrades(roles: Roles): boolean {
  return hasAny(roles, GRADE_ROLES);
}

export function mayListContacts(roles: Roles): boolean {
  return hasAny(roles, CONTACT_LIST_ROLES);
}

/** Staff of a tutoring centre: groups instead of classes, the retention chain. */
export function isTutoringStaff(roles: Roles): boolean {
  return hasAny(roles, TUTORING_ROLES);
}

/** Finance and nothing else: sees refunds awaiting review, never a family's records. */
export function isFinanceOnly(roles: Roles): boolean {
  return (roles?.length ?? 0) > 0 && roles!.every((role) => role === 'FINANCE');
}

/** Roles that see no family's records: aggregates, refunds or the directory only. */
const NO_FAMILY_RECORDS_ROLES: readonly StaffRole[] = ['ANALYST', 'FINANCE', 'SCHOOL_ADMIN'];

/**
 * Staff who work with families: anyone with a role besides analyst, finance and school
 * administrator. The API refuses everything but the anonymised analytics to an analyst and
 * nothing else (policy, calendar, tasks, compliance, records), finance sees refunds only and
 * the administrator keeps the directory, so the app does not offer those screens to them.
 */
export function worksWithFamilies(roles: Roles): boolean {
  return roles?.some((role) => !NO_FAMILY_RECORDS_ROLES.includes(role)) ?? false;
}

/** Staff who follow escalations on the board: everyone but analysts and administrators. */
export function mayFollowEscalations(roles: Roles): boolean {
  return roles?.some((role) => role !== 'ANALYST' && role !== 'SCHOOL_ADMIN') ?? false;
}

/**
 * Who keeps the school's directory (学校名录), as the server's StaffMember.keepsDirectory
 * says: the administrator, the principal and a campus's director.
 */
export const DIRECTORY_ROLES: readonly StaffRole[] = ['SCHOOL_ADMIN', 'PRINCIPAL', 'CAMPUS_DIRECTOR'];

export function keepsDirectory(roles: Roles): boolean {
  return hasAny(roles, DIRECTORY_ROLES);
}

/** The administrator and nothing else: their home is the directory. */
export function isDirectoryOnly(roles: Roles): boolean {
  return (roles?.length ?? 0) > 0 && roles!.every((role) => role === 'SCHOOL_ADMIN');
}

export function mayReadChurnReport(roles: Roles): boolean {
  return hasAny(roles, CHURN_REPORT_ROLES);
}
