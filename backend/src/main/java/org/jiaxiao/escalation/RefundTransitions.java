package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.policy.EscalationChainRules;

/**
 * The refund at the end of a retention chain, in its only order: the family's written
 * application (recorded by the learning manager, the supervisor or the campus director),
 * finance's review, the president's approval. A refusal at either review closes the
 * chain; the president's approval closes it as refunded. Pure functions, like
 * {@link StepTransitions}.
 */
final class RefundTransitions {

	/** Who hands in the family's written application (001: the director's step 3). */
	static final Set<StaffRole> APPLICANTS = Set.of(StaffRole.LEARNING_MANAGER, StaffRole.SUPERVISOR,
			StaffRole.CAMPUS_DIRECTOR);

	private RefundTransitions() {
	}

	static Transition apply(Escalation escalation, StaffMember actor, String contractId, String applicantName,
			LocalDate appliedOn, String reason, Instant now, @Nullable String requestId) {
		if (actor.roles().stream().noneMatch(APPLICANTS::contains)) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "escalationId", "退费申请由学管师、学管主管或校区总监登记。");
		}
		if (!atRefundStep(escalation)) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "只有到了退费步骤才能登记退费申请。");
		}
		if (escalation.refund() != null) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "退费申请已经登记。");
		}
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.refund = new Refund(contractId, applicantName, appliedOn, reason, now, actor.id(), null, null);
		draft.event(now, actor.id(), EscalationEventType.REFUND_APPLIED, EscalationChainRules.REFUND_STEP,
				applicantName + " · " + appliedOn, requestId);
		return Transition.to(draft.build());
	}

	/**
	 * Finance reviews the application: approved goes on to the president, refused closes.
	 */
	static Transition review(Escalation escalation, StaffMember actor, boolean approved, @Nullable String note,
			Instant now, @Nullable String requestId) {
		if (!actor.hasRole(StaffRole.FINANCE)) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "escalationId", "退费由财务部审核。");
		}
		Refund refund = escalation.refund();
		if (!atRefundStep(escalation) || refund == null) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "尚未登记家长的书面退费申请，不能审核。");
		}
		if (refund.financeReview() != null) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "财务已审核过此退费。");
		}
		RefundDecision review = new RefundDecision(actor.id(), now, approved, note);
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.refund = refund.withFinanceReview(review);
		draft.replaceCurrent(StepTransitions.takenBy(draft.current(), actor));
		String text = approved ? "财务审核通过" : "财务审核不通过：" + note;
		draft.event(now, actor.id(), EscalationEventType.FINANCE_REVIEWED, EscalationChainRules.REFUND_STEP, text,
				requestId);
		if (!approved) {
			draft.close(now, EscalationState.REFUND_REFUSED, StepEnding.REFUND_REFUSED, text);
		}
		return Transition.to(draft.build());
	}

	/** The president decides, only after finance approved. */
	static Transition decide(Escalation escalation, StaffMember actor, boolean approved, @Nullable String note,
			Instant now, @Nullable String requestId) {
		if (!actor.hasRole(StaffRole.PRESIDENT)) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "escalationId", "退费由总裁审批。");
		}
		Refund refund = escalation.refund();
		if (!atRefundStep(escalation) || refund == null || !refund.financeApproved()) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "财务审核通过后，总裁才能审批退费。");
		}
		if (refund.presidentDecision() != null) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "总裁已审批过此退费。");
		}
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.refund = refund.withPresidentDecision(new RefundDecision(actor.id(), now, approved, note));
		String text = approved ? "总裁批准退费" + suffix(note) : "总裁不批准退费：" + note;
		draft.event(now, actor.id(), EscalationEventType.REFUND_DECIDED, EscalationChainRules.REFUND_STEP, text,
				requestId);
		if (approved) {
			draft.close(now, EscalationState.REFUNDED, StepEnding.REFUNDED, text);
		}
		else {
			draft.close(now, EscalationState.REFUND_REFUSED, StepEnding.REFUND_REFUSED, text);
		}
		return Transition.to(draft.build());
	}

	static boolean atRefundStep(Escalation escalation) {
		return EscalationChainRules.REFUND_STEP.equals(escalation.currentStepKey());
	}

	private static String suffix(@Nullable String note) {
		return (note != null && !note.isBlank()) ? "：" + note : "";
	}

}
