package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/** The checks on a contract's own fields, before anything is looked up. */
final class ContractRules {

	/**
	 * Packages of lessons run for years; a contract signed earlier than this is history
	 * and entered elsewhere, not a new student.
	 */
	static final int OLDEST_YEARS = 5;

	static final int MAX_LESSONS = 1000;

	static final int MAX_SUBJECTS = 10;

	static final int MAX_SUBJECT_LENGTH = 20;

	private ContractRules() {
	}

	static List<UserError> check(RecordContractInput input, LocalDate today, ZoneId zone) {
		List<UserError> errors = new ArrayList<>();
		if (input.signedOn().isAfter(today)) {
			errors.add(UserError.of(UserErrorCode.IN_THE_FUTURE, "signedOn", "签约日期不能晚于今天。"));
		}
		else if (input.signedOn().isBefore(today.minusYears(OLDEST_YEARS))) {
			errors.add(UserError.of(UserErrorCode.TOO_OLD, "signedOn", "签约日期不能早于五年前。"));
		}
		subjects(errors, input.subjects());
		if (input.lessonsBought() < 1 || input.lessonsBought() > MAX_LESSONS) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "lessonsBought", "课时数应在 1 到 " + MAX_LESSONS + " 之间。"));
		}
		if (input.firstLessonAt() != null) {
			firstLesson(errors, input.firstLessonAt().toInstant(), input.signedOn(), zone);
		}
		return errors;
	}

	static List<UserError> check(UpdateContractProgressInput input, TutoringContract contract, ZoneId zone) {
		List<UserError> errors = new ArrayList<>();
		if (input.firstLessonAt() == null && input.lessonsGiven() == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "lessonsGiven", "请填写首课时间或已上课次。"));
		}
		if (input.lessonsGiven() != null
				&& (input.lessonsGiven() < 0 || input.lessonsGiven() > contract.lessonsBought())) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "lessonsGiven",
					"已上课次应在 0 到 " + contract.lessonsBought() + "（购买课时）之间。"));
		}
		if (input.firstLessonAt() != null) {
			firstLesson(errors, input.firstLessonAt().toInstant(), contract.signedOn(), zone);
		}
		return errors;
	}

	private static void subjects(List<UserError> errors, List<String> subjects) {
		if (subjects.isEmpty()) {
			errors.add(UserError.of(UserErrorCode.EMPTY, "subjects", "请至少填写一个科目。"));
			return;
		}
		if (subjects.size() > MAX_SUBJECTS) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "subjects", "科目最多 " + MAX_SUBJECTS + " 个。"));
		}
		for (String subject : subjects) {
			if (subject.isBlank()) {
				errors.add(UserError.of(UserErrorCode.REQUIRED, "subjects", "科目名称不能为空。"));
				return;
			}
			if (subject.strip().length() > MAX_SUBJECT_LENGTH) {
				errors.add(UserError.of(UserErrorCode.TOO_LONG, "subjects", "科目名称最多 " + MAX_SUBJECT_LENGTH + " 个字。"));
				return;
			}
		}
	}

	/** The first lesson lies on or after the day of signing, and within a year of it. */
	private static void firstLesson(List<UserError> errors, Instant at, LocalDate signedOn, ZoneId zone) {
		Instant signed = signedOn.atStartOfDay(zone).toInstant();
		Instant latest = signedOn.plusYears(1).atStartOfDay(zone).toInstant();
		if (at.isBefore(signed) || at.isAfter(latest)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "firstLessonAt", "首课时间应在签约当天到签约后一年之间。"));
		}
	}

}
