import {
  AcknowledgeEscalationDocument,
  AdvanceEscalationDocument,
  ApplyForRefundDocument,
  ApproveRefundDocument,
  OpenEscalationDocument,
  RecordEscalationActionDocument,
  ResolveEscalationDocument,
  ReviewRefundDocument,
  TagLossReasonsDocument,
  type AcknowledgeEscalationInput,
  type AdvanceEscalationInput,
  type ApplyForRefundInput,
  type OpenEscalationInput,
  type RecordEscalationActionInput,
  type RefundDecisionInput,
  type ResolveEscalationInput,
  type TagLossReasonsInput,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import type { UserError } from '../../../lib/graphql/userErrors';

/** What every escalation mutation answers: the new version, or why not. */
export interface EscalationPayload {
  escalation: { id: string; version: number } | null;
  errors: readonly UserError[];
}

export const openEscalation = async (input: OpenEscalationInput): Promise<EscalationPayload> =>
  (await request(OpenEscalationDocument, { input })).openEscalation;

export const acknowledgeEscalation = async (input: AcknowledgeEscalationInput): Promise<EscalationPayload> =>
  (await request(AcknowledgeEscalationDocument, { input })).acknowledgeEscalation;

export const recordEscalationAction = async (
  input: RecordEscalationActionInput,
): Promise<EscalationPayload> =>
  (await request(RecordEscalationActionDocument, { input })).recordEscalationAction;

export const advanceEscalation = async (input: AdvanceEscalationInput): Promise<EscalationPayload> =>
  (await request(AdvanceEscalationDocument, { input })).advanceEscalation;

export const resolveEscalation = async (input: ResolveEscalationInput): Promise<EscalationPayload> =>
  (await request(ResolveEscalationDocument, { input })).resolveEscalation;

export const tagLossReasons = async (input: TagLossReasonsInput): Promise<EscalationPayload> =>
  (await request(TagLossReasonsDocument, { input })).tagLossReasons;

export const applyForRefund = async (input: ApplyForRefundInput): Promise<EscalationPayload> =>
  (await request(ApplyForRefundDocument, { input })).applyForRefund;

export const reviewRefund = async (input: RefundDecisionInput): Promise<EscalationPayload> =>
  (await request(ReviewRefundDocument, { input })).reviewRefund;

export const approveRefund = async (input: RefundDecisionInput): Promise<EscalationPayload> =>
  (await request(ApproveRefundDocument, { input })).approveRefund;
