package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;
import org.jiaxiao.policy.EscalationStepRule;

/** A new escalation at the first step of its chain, due as that step's rule says. */
final class Opening {

	private Opening() {
	}

	/** One escalation of a kind per source entry and student. */
	static String sourceKey(String sourceEntryId, String studentId, EscalationChainKind kind) {
		return sourceEntryId + "/" + studentId + "/" + kind.name();
	}

	/**
	 * @param id the id
	 * @param chain the chain in force
	 * @param subject the student
	 * @param matter what it is about
	 * @param sourceEntryId the contact or incident that raised it
	 * @param openedById who opens it (null: the system)
	 * @param now when it is opened
	 * @param noticedAt when the matter was noticed (the first step starts then)
	 * @param deadlines the school's calendar
	 * @param requestId the request, for retries
	 * @param note detail for the audit (how it came to be opened)
	 */
	static Escalation open(String id, EscalationChainRules chain, EscalationSubject subject, String matter,
			@Nullable String sourceEntryId, @Nullable String openedById, Instant now, Instant noticedAt,
			Deadlines deadlines, @Nullable String requestId, @Nullable String note) {
		EscalationStepRule first = chain.steps().get(0);
		Instant due = deadlines.dueAt(first, noticedAt);
		EscalationStep step = new EscalationStep(first.key(), first.name(), first.ownerRole(), null, noticedAt, due,
				null, null, first.requiredOutputs(), List.of(), List.of());
		String sourceKey = (sourceEntryId != null) ? sourceKey(sourceEntryId, subject.studentId(), chain.kind()) : id;
		EscalationEvent opened = new EscalationEvent(now, openedById, EscalationEventType.OPENED, first.key(), note,
				requestId);
		return new Escalation(id, subject.schoolId(), subject.studentId(), subject.classId(), subject.grade(),
				subject.learningManagerId(), chain.kind(), chain, matter, sourceEntryId, sourceKey, now, openedById,
				EscalationState.OPEN, first.key(), due, Escalation.queueOrder(EscalationState.OPEN, due, null),
				List.of(step), List.of(first.ownerRole()), List.of(), null, null, null, 1, List.of(opened), null, null);
	}

}
