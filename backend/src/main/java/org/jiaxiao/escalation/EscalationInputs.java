package org.jiaxiao.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.policy.EscalationChainKind;

/** The inputs of the escalation mutations, as the schema names them. */
public final class EscalationInputs {

	private EscalationInputs() {
	}

	/**
	 * Open an escalation.
	 *
	 * @param studentId the student
	 * @param kind which chain
	 * @param matter what it is about
	 * @param sourceEntryId the contact or incident that raised it
	 * @param noticedAt when the matter was noticed, if earlier than now: the first step's
	 * deadline runs from then
	 * @param idempotencyKey retry key
	 */
	public record OpenEscalationInput(String studentId, EscalationChainKind kind, String matter,
			@Nullable String sourceEntryId, @Nullable OffsetDateTime noticedAt, @Nullable String idempotencyKey) {
	}

	/**
	 * Take on the current step.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param idempotencyKey retry key
	 */
	public record AcknowledgeEscalationInput(String escalationId, int expectedVersion,
			@Nullable String idempotencyKey) {
	}

	/**
	 * Record an action.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param text what was done
	 * @param idempotencyKey retry key
	 */
	public record RecordEscalationActionInput(String escalationId, int expectedVersion, String text,
			@Nullable String idempotencyKey) {
	}

	/**
	 * Advance to the next step.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param fromStep the current step's key
	 * @param outputs the step's outputs
	 * @param lossReasons reasons to tag on the way
	 * @param idempotencyKey retry key
	 */
	public record AdvanceEscalationInput(String escalationId, int expectedVersion, String fromStep,
			List<StepOutput> outputs, @Nullable List<LossReason> lossReasons, @Nullable String idempotencyKey) {
	}

	/**
	 * Resolve at the current step.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param outcome what was achieved
	 * @param idempotencyKey retry key
	 */
	public record ResolveEscalationInput(String escalationId, int expectedVersion, String outcome,
			@Nullable String idempotencyKey) {
	}

	/**
	 * Tag loss reasons.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param reasons the reasons (replace the tagged ones)
	 * @param idempotencyKey retry key
	 */
	public record TagLossReasonsInput(String escalationId, int expectedVersion, List<LossReason> reasons,
			@Nullable String idempotencyKey) {
	}

	/**
	 * The family's written refund application.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param contractId the contract to refund
	 * @param applicantName the applicant's name
	 * @param appliedOn the date on the application
	 * @param reason the reason given
	 * @param idempotencyKey retry key
	 */
	public record ApplyForRefundInput(String escalationId, int expectedVersion, String contractId, String applicantName,
			LocalDate appliedOn, String reason, @Nullable String idempotencyKey) {
	}

	/**
	 * A decision on a refund.
	 *
	 * @param escalationId the escalation
	 * @param expectedVersion the version read
	 * @param approved approve or refuse
	 * @param note why (required when refusing)
	 * @param idempotencyKey retry key
	 */
	public record RefundDecisionInput(String escalationId, int expectedVersion, boolean approved, @Nullable String note,
			@Nullable String idempotencyKey) {
	}

}
