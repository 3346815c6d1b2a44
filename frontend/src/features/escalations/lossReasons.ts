import type { LossReason } from '../../gql/graphql';

/** The nine reasons a family is lost, in the order the tutoring centre's slides list them. */
export const LOSS_REASONS: readonly LossReason[] = [
  'SERVICE_ATTITUDE',
  'NOT_PROACTIVE',
  'DID_NOT_KNOW_STUDENT',
  'INCOMPLETE_FILE',
  'PLANS_LATE',
  'NO_REGULAR_FOLLOW_UP',
  'SLOW_RESPONSE',
  'POOR_COORDINATION',
  'CHANGES_NOT_COMMUNICATED',
];

/** Texts the server accepts (outputs, actions, outcomes, reasons, notes). */
export const TEXT_MAX_LENGTH = 2000;
export const MATTER_MAX_LENGTH = 2000;
export const APPLICANT_NAME_MAX_LENGTH = 50;
