package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;
import org.jiaxiao.policy.EscalationStepRule;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A matter that goes up a chain of people, one document per escalation: its steps with
 * their outputs and actions, its own audit, the refund, and the fields the lists sort and
 * filter on. Every change is one update guarded by the version, so of two people acting
 * at once one wins and the other is told; the chain is copied in when it opens, so a
 * change of policy affects new escalations only.
 *
 * @param id opaque id ({@code esc_…})
 * @param schoolId the school or campus
 * @param studentId the student
 * @param classId the student's class when it opened (the scope filters on it)
 * @param grade that class's grade
 * @param learningManagerId the student's learning manager (retention chains; the churn
 * report groups by it)
 * @param kind which chain
 * @param chain the chain's rules as they were when it opened
 * @param matter what it is about
 * @param sourceEntryId the contact or incident that raised it
 * @param sourceKey unique: the source, student and kind (one referral per flagged entry),
 * or the id when opened without a source
 * @param openedAt when it opened
 * @param openedById who opened it (null: the system, from a flagged entry)
 * @param state where it stands
 * @param currentStepKey the step being worked on; null once closed
 * @param currentDueAt when that step is due; null once closed
 * @param queueOrder the lists' order: open ones by due time, then closed ones newest
 * first
 * @param steps every step reached, the current one last
 * @param ownerRoles the owner roles of the steps reached (finance sees refunds by it)
 * @param lossReasons reasons tagged for losing (or nearly losing) the family
 * @param refund the refund, once the family applied
 * @param outcome how it ended
 * @param closedAt when it closed
 * @param version incremented by every change a person makes
 * @param history who did what when, oldest first
 * @param overdueSteps steps the sweep flagged overdue
 * @param noticedSteps steps whose overdue notices were sent
 */
@Document("escalations")
@CompoundIndexes({
		@CompoundIndex(name = "school_state_due", def = "{'schoolId': 1, 'state': 1, 'currentDueAt': 1, '_id': 1}"),
		@CompoundIndex(name = "school_queue", def = "{'schoolId': 1, 'queueOrder': 1, '_id': 1}"),
		@CompoundIndex(name = "student_opened", def = "{'studentId': 1, 'openedAt': -1}"),
		@CompoundIndex(name = "school_kind_opened", def = "{'schoolId': 1, 'kind': 1, 'openedAt': 1}"),
		@CompoundIndex(name = "state_due", def = "{'state': 1, 'currentDueAt': 1}") })
public record Escalation(@Id String id, String schoolId, String studentId, String classId, int grade,
		@Nullable String learningManagerId, EscalationChainKind kind, EscalationChainRules chain, String matter,
		@Nullable String sourceEntryId, @Indexed(unique = true) String sourceKey, Instant openedAt,
		@Nullable String openedById, EscalationState state, @Nullable String currentStepKey,
		@Nullable Instant currentDueAt, long queueOrder, List<EscalationStep> steps, List<StaffRole> ownerRoles,
		List<LossReason> lossReasons, @Nullable Refund refund, @Nullable String outcome, @Nullable Instant closedAt,
		int version, List<EscalationEvent> history, @Nullable List<String> overdueSteps,
		@Nullable List<String> noticedSteps) {

	/**
	 * Closed escalations sort after every open one: beyond any due time in milliseconds,
	 * newest closed first.
	 */
	static final long CLOSED_ORDER = 4_000_000_000_000_000L;

	public Escalation {
		steps = List.copyOf(steps);
		ownerRoles = List.copyOf(ownerRoles);
		lossReasons = (lossReasons != null) ? List.copyOf(lossReasons) : List.of();
		history = List.copyOf(history);
	}

	/** The step being worked on; null once closed. */
	public @Nullable EscalationStep currentStep() {
		if (this.state.closed() || this.steps.isEmpty()) {
			return null;
		}
		return this.steps.get(this.steps.size() - 1);
	}

	/** The rule of the current step. */
	EscalationStepRule currentRule() {
		EscalationStep current = Objects.requireNonNull(currentStep(), "closed");
		return this.chain.step(current.key()).orElseThrow();
	}

	/** The name of a step of this chain, or its key when the chain has no such step. */
	String stepName(@Nullable String key) {
		if (key == null) {
			return "";
		}
		return this.chain.step(key).map(EscalationStepRule::name).orElse(key);
	}

	/** Whether a retried request already did its work here. */
	boolean hasRequest(@Nullable String requestId) {
		return requestId != null && this.history.stream().anyMatch((event) -> requestId.equals(event.requestId()));
	}

	boolean flaggedOverdue(String stepKey) {
		return this.overdueSteps != null && this.overdueSteps.contains(stepKey);
	}

	boolean noticed(String stepKey) {
		return this.noticedSteps != null && this.noticedSteps.contains(stepKey);
	}

	static long queueOrder(EscalationState state, @Nullable Instant dueAt, @Nullable Instant closedAt) {
		if (!state.closed() && dueAt != null) {
			return dueAt.toEpochMilli();
		}
		long closed = (closedAt != null) ? closedAt.toEpochMilli() : 0;
		return 2 * CLOSED_ORDER - closed;
	}

}
