package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffRole;

/**
 * A transition's working copy of an escalation: the changing fields are set one by one,
 * then {@link #build()} gives the next version. Only {@link Transitions} uses it; the
 * escalation itself stays an immutable record.
 */
final class EscalationDraft {

	private final Escalation base;

	EscalationState state;

	@Nullable String currentStepKey;

	@Nullable Instant currentDueAt;

	final List<EscalationStep> steps;

	final Set<StaffRole> ownerRoles;

	final Set<LossReason> lossReasons;

	@Nullable Refund refund;

	@Nullable String outcome;

	@Nullable Instant closedAt;

	final List<EscalationEvent> history;

	private EscalationDraft(Escalation base) {
		this.base = base;
		this.state = base.state();
		this.currentStepKey = base.currentStepKey();
		this.currentDueAt = base.currentDueAt();
		this.steps = new ArrayList<>(base.steps());
		this.ownerRoles = new LinkedHashSet<>(base.ownerRoles());
		this.lossReasons = new LinkedHashSet<>(base.lossReasons());
		this.refund = base.refund();
		this.outcome = base.outcome();
		this.closedAt = base.closedAt();
		this.history = new ArrayList<>(base.history());
	}

	static EscalationDraft of(Escalation escalation) {
		return new EscalationDraft(escalation);
	}

	EscalationStep current() {
		return this.steps.get(this.steps.size() - 1);
	}

	void replaceCurrent(EscalationStep step) {
		this.steps.set(this.steps.size() - 1, step);
	}

	void event(Instant at, @Nullable String byId, EscalationEventType type, @Nullable String stepKey,
			@Nullable String note, @Nullable String requestId) {
		this.history.add(new EscalationEvent(at, byId, type, stepKey, note, requestId));
	}

	/** Ends the chain: the current step ends as given and nothing is due any more. */
	void close(Instant at, EscalationState to, StepEnding ending, String outcomeText) {
		EscalationStep step = current();
		replaceCurrent(step.ended(at, ending, step.outputs()));
		this.state = to;
		this.outcome = outcomeText;
		this.closedAt = at;
		this.currentStepKey = null;
		this.currentDueAt = null;
	}

	/** The next version: one more than the base. */
	Escalation build() {
		List<LossReason> reasons = new ArrayList<>(this.lossReasons);
		reasons.sort(null);
		return new Escalation(this.base.id(), this.base.schoolId(), this.base.studentId(), this.base.classId(),
				this.base.grade(), this.base.learningManagerId(), this.base.kind(), this.base.chain(),
				this.base.matter(), this.base.sourceEntryId(), this.base.sourceKey(), this.base.openedAt(),
				this.base.openedById(), this.state, this.currentStepKey, this.currentDueAt,
				Escalation.queueOrder(this.state, this.currentDueAt, this.closedAt), this.steps,
				List.copyOf(this.ownerRoles), reasons, this.refund, this.outcome, this.closedAt,
				this.base.version() + 1, this.history, this.base.overdueSteps(), this.base.noticedSteps());
	}

}
