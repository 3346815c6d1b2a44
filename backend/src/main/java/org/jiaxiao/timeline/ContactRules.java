package org.jiaxiao.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * Checks on a contact's input that need no database: sizes, blanks, times and the
 * school's record–analysis–countermeasure rule. The checks that need the directory
 * (students, household, guardians) are in {@link ContactRecorder}.
 */
final class ContactRules {

	/*
	 * What a visit record needs, and no more: each record is stored in every sibling's
	 * document, and the sizes below keep the largest possible contact near 13 000
	 * characters (about 39 KB), where it was 32 000 (about 97 KB). The SPA's form uses
	 * the same numbers (frontend/src/features/contacts/contactOptions.ts; a test holds
	 * the two together).
	 */

	/** A contact's summary. */
	static final int MAX_SUMMARY = 2000;

	/** Each of a contact's other texts: reports, analysis, countermeasure, measures… */
	static final int MAX_DETAIL = 1000;

	/** An incident's description and a note. */
	static final int MAX_TEXT = 2000;

	/** A contact's place and its other participants. */
	static final int MAX_SHORT = 200;

	static final int MAX_STUDENTS = 10;

	static final int MAX_FOLLOW_UPS = 10;

	static final int MAX_FOLLOW_UP_ACTION = 200;

	static final int MAX_FOLLOW_UP_OWNER = 50;

	/** Clocks on phones drift; a few minutes ahead is not "in the future". */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Duration OLDEST = Duration.ofDays(366);

	private ContactRules() {
	}

	static List<UserError> check(RecordContactInput input, Instant now, TimelineProperties rules) {
		List<UserError> errors = new ArrayList<>();
		if (input.studentIds().isEmpty()) {
			errors.add(UserError.of(UserErrorCode.EMPTY, "studentIds", "请至少选择一名学生。"));
		}
		else if (input.studentIds().size() > MAX_STUDENTS) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "studentIds", "一条记录最多涉及 " + MAX_STUDENTS + " 名学生。"));
		}
		text(errors, "summary", input.summary(), true, MAX_SUMMARY, "联系内容");
		checkTime(errors, "occurredAt", input.occurredAt().toInstant(), now);
		if (input.durationMinutes() != null && (input.durationMinutes() < 1 || input.durationMinutes() > 600)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "durationMinutes", "时长应在 1 到 600 分钟之间。"));
		}
		text(errors, "place", input.place(), false, MAX_SHORT, "地点");
		text(errors, "otherParticipants", input.otherParticipants(), false, MAX_SHORT, "其他参与人");
		for (String field : List.of("schoolReport", "familyReport", "familySituationObserved", "homeLearningGuidance",
				"analysis", "countermeasure", "agreedMeasures", "schoolMatter")) {
			text(errors, field, value(input, field), false, MAX_DETAIL, field);
		}
		if (rules.requiresAnalysis(input.form(), input.kind())) {
			required(errors, "analysis", input.analysis(), "按学校规定，此类联系必须填写分析（有记录、有分析、有对策）。");
			required(errors, "countermeasure", input.countermeasure(), "按学校规定，此类联系必须填写对策（有记录、有分析、有对策）。");
		}
		if (Boolean.TRUE.equals(input.needsSchool()) && RecordContactInput.blankToNull(input.schoolMatter()) == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "schoolMatter", "需要学校处理时，请写明事项。"));
		}
		checkFollowUps(errors, input.actions());
		return errors;
	}

	static void checkTime(List<UserError> errors, String field, Instant at, Instant now) {
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(UserError.of(UserErrorCode.IN_THE_FUTURE, field, "时间不能晚于现在。"));
		}
		else if (at.isBefore(now.minus(OLDEST))) {
			errors.add(UserError.of(UserErrorCode.TOO_OLD, field, "时间不能早于一年前。"));
		}
	}

	static void text(List<UserError> errors, String field, @Nullable String value, boolean required, int max,
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

	private static void required(List<UserError> errors, String field, @Nullable String value, String message) {
		if (value == null || value.isBlank()) {
			errors.add(UserError.of(UserErrorCode.REQUIRED_BY_POLICY, field, message));
		}
	}

	private static void checkFollowUps(List<UserError> errors, List<FollowUpAction> actions) {
		if (actions.size() > MAX_FOLLOW_UPS) {
			errors.add(UserError.of(UserErrorCode.TOO_LONG, "followUps", "后续行动最多 " + MAX_FOLLOW_UPS + " 项。"));
			return;
		}
		for (FollowUpAction action : actions) {
			if (action.action().isBlank() || action.owner().isBlank()) {
				errors.add(UserError.of(UserErrorCode.REQUIRED, "followUps", "每项后续行动都要写明做什么、由谁负责。"));
				return;
			}
			if (action.action().length() > MAX_FOLLOW_UP_ACTION || action.owner().length() > MAX_FOLLOW_UP_OWNER) {
				errors.add(UserError.of(UserErrorCode.TOO_LONG, "followUps", "后续行动的内容过长。"));
				return;
			}
		}
	}

	private static @Nullable String value(RecordContactInput input, String field) {
		return switch (field) {
			case "schoolReport" -> input.schoolReport();
			case "familyReport" -> input.familyReport();
			case "familySituationObserved" -> input.familySituationObserved();
			case "homeLearningGuidance" -> input.homeLearningGuidance();
			case "analysis" -> input.analysis();
			case "countermeasure" -> input.countermeasure();
			case "agreedMeasures" -> input.agreedMeasures();
			case "schoolMatter" -> input.schoolMatter();
			default -> throw new IllegalArgumentException(field);
		};
	}

}
