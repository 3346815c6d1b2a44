package org.jiaxiao.timeline;

import java.time.Instant;

/**
 * Something on a student's timeline. Sealed, so every kind of entry is known here; a new
 * kind is one more record and one more {@code permits}.
 */
public sealed interface TimelineEntry permits Contact {

	String id();

	Instant occurredAt();

	Instant recordedAt();

	String authorId();

}
