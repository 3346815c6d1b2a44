import type { StaffRole } from '../../gql/graphql';

/** Roles that may record and withdraw consents (the server checks again, per family). */
export const CONSENT_ROLES: readonly StaffRole[] = [
  'PRINCIPAL',
  'MORAL_EDUCATION',
  'GRADE_LEADER',
  'HOMEROOM_TEACHER',
];

type Roles = readonly StaffRole[] | undefined;

export function isPrincipal(roles: Roles): boolean {
  return roles?.includes('PRINCIPAL') ?? false;
}

export function mayManageConsents(roles: Roles): boolean {
  return roles?.some((role) => CONSENT_ROLES.includes(role)) ?? false;
}
