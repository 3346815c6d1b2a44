package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something on a student's timeline. Sealed, so every kind of entry is known here; a new
 * kind is one more record and one more {@code permits}.
 */
public sealed interface TimelineEntry permits Contact, Incident, Note, EscalationUpdate {

	String id();

	Instant occurredAt();

	Instant recordedAt();

	/**
	 * Who wrote it down; null only for what the system wrote (an escalation it opened).
	 */
	@Nullable String authorId();

	/** The students whose timelines hold this entry. */
	List<String> studentIds();

	@Nullable Retraction retraction();

	default boolean retracted() {
		return retraction() != null;
	}

}
