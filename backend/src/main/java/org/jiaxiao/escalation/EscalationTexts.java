package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

/** Checks shared by the escalation mutations: who may write at all, texts, retry keys. */
final class EscalationTexts {

	private EscalationTexts() {
	}

	/** Analysts see anonymised figures only: they never act on an escalation. */
	static void requireStaff(StaffMember viewer) {
		if (viewer.seesNoFamilyRecords()) {
			throw new ForbiddenException("Analysts do not handle escalations.");
		}
	}

	/** A required text, stripped; an error when blank or too long. */
	static String required(List<UserError> errors, String field, @Nullable String value, int max, String label) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, field, "请填写" + label + "。"));
		}
		else if (text.length() > max) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, field, label + "最多 " + max + " 字。"));
		}
		return text;
	}

	/** An optional text, stripped; null when blank. */
	static @Nullable String optional(List<UserError> errors, String field, @Nullable String value, int max,
			String label) {
		String text = (value != null) ? value.strip() : "";
		if (text.length() > max) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, field, label + "最多 " + max + " 字。"));
		}
		return text.isEmpty() ? null : text;
	}

	static void checkKey(List<UserError> errors, @Nullable String key) {
		if (key != null && key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "idempotencyKey",
					"幂等键最多 " + IdempotencyKeys.MAX_KEY_LENGTH + " 个字符。"));
		}
	}

}
