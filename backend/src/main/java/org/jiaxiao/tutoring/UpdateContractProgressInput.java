package org.jiaxiao.tutoring;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A change of a contract's progress: the first lesson scheduled (or moved), lessons
 * given.
 *
 * @param contractId the contract
 * @param expectedVersion the version the caller read; another change since is a conflict
 * @param firstLessonAt the first lesson (null: unchanged)
 * @param lessonsGiven lessons given so far (null: unchanged)
 * @param idempotencyKey the client's retry key
 */
public record UpdateContractProgressInput(String contractId, int expectedVersion,
		@Nullable OffsetDateTime firstLessonAt, @Nullable Integer lessonsGiven, @Nullable String idempotencyKey) {
}
