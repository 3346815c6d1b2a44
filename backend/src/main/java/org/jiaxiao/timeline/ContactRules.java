package org.jiaxiao.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

/**
 * Checks on a contact's input that need no database: sizes, blanks and times. The checks
 * that need the directory (students, household, guardians) are in
 * {@link ContactRecorder}.
 */
final class ContactRules {

	static final int MAX_SUMMARY = 4000;

	static final int MAX_STUDENTS = 10;

	/** Clocks on phones drift; a few minutes ahead is not "in the future". */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Duration OLDEST = Duration.ofDays(366);

	private ContactRules() {
	}

	static List<UserError> check(RecordContactInput input, Instant now) {
		List<UserError> errors = new ArrayList<>();
		if (input.studentIds().isEmpty()) {
			errors.add(UserError.of(UserErrorCode.EMPTY, "studentIds", "请至少选择一名学生。"));
		}
		else if (input.studentIds().size() > MAX_STUDENTS) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "studentIds", "一条记录最多涉及 " + MAX_STUDENTS + " 名学生。"));
		}
		if (input.summary().isBlank()) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "summary", "请填写联系内容。"));
		}
		else if (input.summary().length() > MAX_SUMMARY) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "summary", "联系内容最多 " + MAX_SUMMARY + " 字。"));
		}
		Instant occurredAt = input.occurredAt().toInstant();
		if (occurredAt.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(UserError.of(UserErrorCode.IN_THE_FUTURE, "occurredAt", "联系时间不能晚于现在。"));
		}
		else if (occurredAt.isBefore(now.minus(OLDEST))) {
			errors.add(UserError.of(UserErrorCode.TOO_OLD, "occurredAt", "联系时间不能早于一年前。"));
		}
		if (input.idempotencyKey() != null && input.idempotencyKey().length() > IdempotencyKeys.MAX_KEY_LENGTH) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "idempotencyKey",
					"幂等键最多 " + IdempotencyKeys.MAX_KEY_LENGTH + " 个字符。"));
		}
		return errors;
	}

}
