package org.jiaxiao.tutoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contract to record.
 *
 * @param studentId the student taught
 * @param signedOn the day it was signed
 * @param consultantId the consultant who signed it (default: the caller, if a consultant)
 * @param learningManagerId the learning manager (default: the student's group's)
 * @param subjects subjects taught
 * @param lessonsBought lessons paid for
 * @param firstLessonAt the first lesson, if already scheduled
 * @param idempotencyKey the client's retry key
 */
public record RecordContractInput(String studentId, LocalDate signedOn, @Nullable String consultantId,
		@Nullable String learningManagerId, List<String> subjects, int lessonsBought,
		@Nullable OffsetDateTime firstLessonAt, @Nullable String idempotencyKey) {
}
