package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a family's records are erased, the words of their children's escalations go too —
 * the matter, the outputs and actions, the refund's names and reasons, the outcome and
 * the notes of the history — while the escalations, their steps and dates stay, so the
 * churn figures still add up. A change made meanwhile is read again and erased in its
 * turn.
 */
@Component
class EscalationErasure {

	static final String ERASED = "［已按家长要求删除］";

	private static final Logger log = LoggerFactory.getLogger(EscalationErasure.class);

	private static final int ATTEMPTS = 5;

	private final EscalationStore store;

	EscalationErasure(EscalationStore store) {
		this.store = store;
	}

	@EventListener
	void on(TimelineEvent.EntriesAnonymised event) {
		for (Escalation escalation : this.store.ofStudents(event.studentIds())) {
			Escalation current = escalation;
			for (int attempt = 0; attempt < ATTEMPTS && current != null; attempt++) {
				if (this.store.erase(current, erased(current))) {
					break;
				}
				current = this.store.byId(current.id());
			}
			if (current == null) {
				log.warn("Escalation {} vanished while being erased", escalation.id());
			}
		}
	}

	static Escalation erased(Escalation escalation) {
		List<EscalationStep> steps = escalation.steps()
			.stream()
			.map((step) -> new EscalationStep(step.key(), step.name(), step.ownerRole(), step.ownerId(),
					step.startedAt(), step.dueAt(), step.endedAt(), step.ending(), step.requiredOutputs(),
					step.outputs().stream().map((output) -> new StepOutput(output.key(), ERASED)).toList(),
					step.actions()
						.stream()
						.map((action) -> new EscalationAction(action.at(), action.byId(), ERASED))
						.toList()))
			.toList();
		Refund refund = escalation.refund();
		Refund blanked = (refund == null) ? null
				: new Refund(refund.contractId(), ERASED, refund.appliedOn(), ERASED, refund.recordedAt(),
						refund.recordedById(), blank(refund.financeReview()), blank(refund.presidentDecision()));
		return new Escalation(escalation.id(), escalation.schoolId(), escalation.studentId(), escalation.classId(),
				escalation.grade(), escalation.learningManagerId(), escalation.kind(), escalation.chain(), ERASED,
				escalation.sourceEntryId(), escalation.sourceKey(), escalation.openedAt(), escalation.openedById(),
				escalation.state(), escalation.currentStepKey(), escalation.currentDueAt(), escalation.queueOrder(),
				steps, escalation.ownerRoles(), escalation.lossReasons(), blanked,
				(escalation.outcome() != null) ? ERASED : null, escalation.closedAt(), escalation.version() + 1,
				escalation.history(), escalation.overdueSteps(), escalation.noticedSteps());
	}

	private static @Nullable RefundDecision blank(@Nullable RefundDecision decision) {
		return (decision == null) ? null : new RefundDecision(decision.byId(), decision.at(), decision.approved(),
				(decision.note() != null) ? ERASED : null);
	}

}
