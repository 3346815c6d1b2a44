import type { EscalationState } from '../../gql/graphql';

/** One tag colour per state: open in blue, settled in green, lost in grey, refused in orange. */
export const STATE_COLORS: Record<EscalationState, string> = {
  OPEN: 'processing',
  RESOLVED: 'success',
  REFUNDED: 'default',
  REFUND_REFUSED: 'warning',
};
