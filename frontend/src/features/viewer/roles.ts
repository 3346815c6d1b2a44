import type { StaffRole } from '../../gql/graphql';

/** Roles that may record and withdraw consents (the server checks again, per family). */
export const CONSENT_ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
];

/** Roles that see the whole school (and may amend or withdraw any record). */
export const WHOLE_SCHOOL_ROLES: readonly StaffRole[] = ['PRINCIPAL', 'MORAL_EDUCATION'];

/** Roles that oversee grades: they may list a whole grade's contacts. */
export const GRADE_ROLES: readonly StaffRole[] = ['PRINCIPAL', 'MORAL_EDUCATION', 'GRADE_LEADER'];

/** Roles that work with families' records (everyone but analysts, who read aggregates only). */
export const CONTACT_LIST_ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
  'SUBJECT_TEACHER',
];

/** Roles that may read the anonymised analytics (the Explore page). */
export const ANALYTICS_ROLES: readonly StaffRole[] = ['ANALYST', 'PRINCIPAL'];

type Roles = readonly StaffRole[] | undefined;

/**
 * Staff who work with families: anyone with a role besides analyst. The API refuses
 * everything but the anonymised analytics to an analyst and nothing else (policy, calendar,
 * tasks, compliance, records), so the app does not offer those screens to them.
 */
export function worksWithFamilies(roles: Roles): boolean {
  return roles?.some((role) => role !== 'ANALYST') ?? false;
}

export function mayExplore(roles: Roles): boolean {
  return roles?.some((role) => ANALYTICS_ROLES.includes(role)) ?? false;
}

export function isPrincipal(roles: Roles): boolean {
  return roles?.includes('PRINCIPAL') ?? false;
}

export function mayManageConsents(roles: Roles): boolean {
  return roles?.some((role) => CONSENT_ROLES.includes(role)) ?? false;
}

export function seesWholeSchool(roles: Roles): boolean {
  return roles?.some((role) => WHOLE_SCHOOL_ROLES.includes(role)) ?? false;
}

export function overseesGrades(roles: Roles): boolean {
  return roles?.some((role) => GRADE_ROLES.includes(role)) ?? false;
}

export function mayListContacts(roles: Roles): boolean {
  return roles?.some((role) => CONTACT_LIST_ROLES.includes(role)) ?? false;
}
