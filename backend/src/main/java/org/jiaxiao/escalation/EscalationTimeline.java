package org.jiaxiao.escalation;

import java.util.List;
import java.util.function.IntPredicate;

import org.jiaxiao.timeline.EntryRecorder;
import org.jiaxiao.timeline.EscalationUpdate;

import org.springframework.stereotype.Component;

/**
 * Writes an escalation's steps on its student's timeline, so the teacher sees the matter
 * move. Each event of the escalation's history becomes at most one entry whose id is
 * derived from the escalation and the event's position, so writing it again (a retried
 * request, a re-delivered event) adds nothing.
 */
@Component
class EscalationTimeline {

	private final EntryRecorder entries;

	EscalationTimeline(EntryRecorder entries) {
		this.entries = entries;
	}

	/** Writes the events from position {@code from} on (those a change added). */
	void publishFrom(Escalation escalation, int from) {
		publish(escalation, (index) -> index >= from);
	}

	/** Writes the opening (again, harmlessly, when the escalation was there already). */
	void publishOpening(Escalation escalation) {
		publish(escalation, (index) -> index == 0);
	}

	/** Writes the events a request wrote (a retry completing what it began). */
	void publishRequest(Escalation escalation, String requestId) {
		publish(escalation, (index) -> requestId.equals(escalation.history().get(index).requestId()));
	}

	private void publish(Escalation escalation, IntPredicate which) {
		List<EscalationEvent> history = escalation.history();
		for (int index = 0; index < history.size(); index++) {
			EscalationEvent event = history.get(index);
			if (which.test(index) && EscalationEventType.ON_TIMELINE.contains(event.type())) {
				this.entries.recordEscalationUpdate(escalation.schoolId(), update(escalation, index, event));
			}
		}
	}

	static EscalationUpdate update(Escalation escalation, int index, EscalationEvent event) {
		String id = "esu_" + escalation.id().substring(escalation.id().indexOf('_') + 1) + "_" + index;
		boolean advanced = event.type() == EscalationEventType.ADVANCED;
		// An advance names the step reached; its note (the same name) would only repeat
		// it.
		String stepName = advanced ? event.note() : escalation.stepName(event.stepKey());
		return new EscalationUpdate(id, event.at(), event.at(), event.byId(), List.of(escalation.studentId()),
				escalation.id(), event.type().name(), (stepName != null) ? stepName : "",
				advanced ? null : event.note());
	}

}
