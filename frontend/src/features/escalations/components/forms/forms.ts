import type { EscalationDetail } from '../../hooks/useEscalationDetail';

/** What every action form is given by the detail page. */
export interface ActionFormProps {
  escalation: EscalationDetail;
  /** One per opening: a retry or a double submit acts once. */
  idempotencyKey: string;
  onDone: () => void;
  onConflict: () => void;
  onCancel: () => void;
}

/** The fields every escalation mutation's input starts with. */
export function versionRead(escalation: EscalationDetail, idempotencyKey: string) {
  return { escalationId: escalation.id, expectedVersion: escalation.version, idempotencyKey };
}
