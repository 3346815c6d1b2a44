package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;

/**
 * A step of an escalation about the student, shown on the student's timeline so that the
 * teacher who raised the matter sees how it goes (opened, taken on, passed on, resolved,
 * refund decided). Written by the escalation feature; never withdrawn and never counted
 * as a contact. Its id is derived from the escalation and the position of the event in
 * the escalation's own history, so writing it again changes nothing.
 *
 * @param id opaque id ({@code esu_…})
 * @param occurredAt when it happened
 * @param recordedAt when it was written
 * @param authorId who did it (null for the system)
 * @param studentIds the student
 * @param escalationId the escalation
 * @param event what happened: the name of an escalation event type (OPENED, ADVANCED…)
 * @param stepName the step reached or concerned
 * @param note detail
 */
@TypeAlias("escalationUpdate")
public record EscalationUpdate(@Id String id, Instant occurredAt, Instant recordedAt, @Nullable String authorId,
		List<String> studentIds, String escalationId, String event, String stepName,
		@Nullable String note) implements TimelineEntry {

	/** Never set: escalation updates are not withdrawn. */
	@Override
	public @Nullable Retraction retraction() {
		return null;
	}

}
