package org.jiaxiao.timeline;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A note to add.
 *
 * @param studentId the student
 * @param occurredAt what it refers to (default now)
 * @param text the observation
 * @param idempotencyKey the client's retry key
 */
public record AddNoteInput(String studentId, @Nullable OffsetDateTime occurredAt, String text,
		@Nullable String idempotencyKey) {
}
