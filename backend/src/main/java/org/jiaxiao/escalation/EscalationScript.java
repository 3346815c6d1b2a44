package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jiaxiao.directory.StaffMember;

/**
 * An escalation built from what happened earlier, move by move at the times given, with
 * the same transitions (and the same refusals) as the API: demo data and imports get
 * escalations the workflow itself could have written. A refused move is a mistake in the
 * script and throws.
 */
public final class EscalationScript {

	private final Deadlines deadlines;

	private Escalation escalation;

	EscalationScript(Escalation opened, Deadlines deadlines) {
		this.escalation = opened;
		this.deadlines = deadlines;
	}

	public EscalationScript acknowledge(StaffMember by, Instant at) {
		return apply(StepTransitions.acknowledge(this.escalation, by, at, null));
	}

	public EscalationScript action(StaffMember by, Instant at, String text) {
		return apply(StepTransitions.recordAction(this.escalation, by, text, at, null));
	}

	public EscalationScript advance(StaffMember by, Instant at, Map<String, String> outputs, LossReason... reasons) {
		List<StepOutput> written = outputs.entrySet()
			.stream()
			.map((entry) -> new StepOutput(entry.getKey(), entry.getValue()))
			.toList();
		String from = StepTransitions.current(this.escalation).key();
		return apply(StepTransitions.advance(this.escalation, by, from, written, List.of(reasons), at, this.deadlines,
				null));
	}

	public EscalationScript resolve(StaffMember by, Instant at, String outcome) {
		return apply(StepTransitions.resolve(this.escalation, by, outcome, at, null));
	}

	public EscalationScript tag(StaffMember by, Instant at, LossReason... reasons) {
		return apply(StepTransitions.tagLossReasons(this.escalation, by, List.of(reasons), at, null));
	}

	public EscalationScript applyForRefund(StaffMember by, Instant at, String contractId, String applicant,
			LocalDate appliedOn, String reason) {
		return apply(RefundTransitions.apply(this.escalation, by, contractId, applicant, appliedOn, reason, at, null));
	}

	public EscalationScript financeReview(StaffMember by, Instant at, boolean approved, String note) {
		return apply(RefundTransitions.review(this.escalation, by, approved, note, at, null));
	}

	public EscalationScript presidentDecision(StaffMember by, Instant at, boolean approved, String note) {
		return apply(RefundTransitions.decide(this.escalation, by, approved, note, at, null));
	}

	public Escalation escalation() {
		return this.escalation;
	}

	private EscalationScript apply(Transition transition) {
		if (transition.after() == null) {
			throw new IllegalStateException("Refused: " + transition.errors());
		}
		this.escalation = transition.after();
		return this;
	}

}
