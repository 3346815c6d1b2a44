package org.jiaxiao.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

/**
 * What a meeting record must hold. Committee meetings need minutes: the source rules ask
 * for "1 committee meeting a term, with minutes", and the resolutions in them are what
 * the next meeting follows up.
 */
final class MeetingChecks {

	static final int MAX_TOPIC = 200;

	static final int MAX_MINUTES = 5000;

	static final int MAX_RESOLUTIONS = 20;

	static final int MAX_RESOLUTION = 500;

	static final int MAX_ATTENDEES = 2000;

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private MeetingChecks() {
	}

	static List<UserError> check(RecordMeetingInput input, LocalDate today) {
		List<UserError> errors = new ArrayList<>();
		text(errors, "topic", input.topic(), true, MAX_TOPIC, "会议主题");
		text(errors, "minutes", input.minutes(), input.kind() == MeetingKind.PARENT_COMMITTEE, MAX_MINUTES, "会议纪要");
		List<String> resolutions = input.cleanResolutions();
		if (resolutions.size() > MAX_RESOLUTIONS) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "resolutions", "决议最多 " + MAX_RESOLUTIONS + " 条。"));
		}
		if (resolutions.stream().anyMatch((text) -> text.length() > MAX_RESOLUTION)) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "resolutions", "每条决议最多 " + MAX_RESOLUTION + " 字。"));
		}
		Integer attendees = input.attendeeCount();
		if (attendees != null && (attendees < 0 || attendees > MAX_ATTENDEES)) {
			errors
				.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "attendeeCount", "到会人数应在 0 到 " + MAX_ATTENDEES + " 之间。"));
		}
		if (input.heldOn().isAfter(today)) {
			errors.add(UserError.of(UserErrorCode.IN_THE_FUTURE, "heldOn", "会议日期不能晚于今天。"));
		}
		else if (input.heldOn().isBefore(EARLIEST)) {
			errors.add(UserError.of(UserErrorCode.TOO_OLD, "heldOn", "会议日期太早。"));
		}
		String key = input.idempotencyKey();
		if (key != null && key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "idempotencyKey",
					"幂等键最多 " + IdempotencyKeys.MAX_KEY_LENGTH + " 个字符。"));
		}
		return errors;
	}

	private static void text(List<UserError> errors, String field, @Nullable String value, boolean required, int max,
			String label) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(UserError.of(UserErrorCode.REQUIRED, field, "请填写" + label + "。"));
			}
		}
		else if (value.length() > max) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, field, label + "最多 " + max + " 字。"));
		}
	}

}
