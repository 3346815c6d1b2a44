package org.jiaxiao.directory.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StudentStatus;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * What a directory edit's input must look like before any record is read: required
 * fields, lengths, mobile numbers, dates. Messages are zh-CN; the app shows its own text
 * per code.
 */
final class DirectoryChecks {

	/** A mainland mobile number: 11 digits starting 13–19. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	/** 学籍号/工号: letters, digits and hyphens. */
	private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private static final int MAX_NAME = 50;

	private static final int MAX_ADDRESS = 200;

	private static final int MAX_GUARDIANS = 6;

	private static final int MAX_GRADE = 12;

	/** Someone born before this year is not a pupil of a school or campus. */
	private static final int OLDEST_BIRTH_YEAR = 1990;

	private final List<UserError> errors = new ArrayList<>();

	List<UserError> errors() {
		return this.errors;
	}

	boolean failed() {
		return !this.errors.isEmpty();
	}

	void add(UserErrorCode code, String field, String message) {
		this.errors.add(UserError.of(code, field, message));
	}

	void name(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			add(UserErrorCode.REQUIRED, field, "请填写姓名或名称。");
		}
		else if (value.strip().length() > MAX_NAME) {
			add(UserErrorCode.TOO_LONG, field, "不能超过 " + MAX_NAME + " 个字。");
		}
	}

	void number(String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				add(UserErrorCode.REQUIRED, field, "请填写编号。");
			}
		}
		else if (!NUMBER.matcher(value.strip()).matches()) {
			add(UserErrorCode.INVALID_FORMAT, field, "编号只能包含字母、数字和连字符，最多 30 位。");
		}
	}

	void mobile(String field, @Nullable String value) {
		if (value != null && !value.isBlank() && !MOBILE.matcher(value.strip()).matches()) {
			add(UserErrorCode.INVALID_FORMAT, field, "手机号应为 11 位数字，以 13–19 开头。");
		}
	}

	void username(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			add(UserErrorCode.REQUIRED, field, "请填写登录名。");
		}
		else if (!USERNAME.matcher(value.strip()).matches()) {
			add(UserErrorCode.INVALID_FORMAT, field, "登录名只能包含小写字母、数字、点、连字符和下划线，2–64 位。");
		}
	}

	void address(@Nullable String value) {
		if (value != null && value.strip().length() > MAX_ADDRESS) {
			add(UserErrorCode.TOO_LONG, "address", "地址不能超过 " + MAX_ADDRESS + " 个字。");
		}
	}

	void guardianCount(int count) {
		if (count > MAX_GUARDIANS) {
			add(UserErrorCode.OUT_OF_RANGE, "guardians", "一个家庭最多登记 " + MAX_GUARDIANS + " 位监护人。");
		}
	}

	void grade(String field, int grade) {
		if (grade < 1 || grade > MAX_GRADE) {
			add(UserErrorCode.OUT_OF_RANGE, field, "年级应在 1 到 " + MAX_GRADE + " 之间。");
		}
	}

	void birthDate(@Nullable LocalDate value, LocalDate today) {
		if (value == null) {
			return;
		}
		if (value.isAfter(today)) {
			add(UserErrorCode.IN_THE_FUTURE, "dateOfBirth", "出生日期不能晚于今天。");
		}
		else if (value.getYear() < OLDEST_BIRTH_YEAR) {
			add(UserErrorCode.OUT_OF_RANGE, "dateOfBirth", "出生日期不合理。");
		}
	}

	/** A move or departure takes effect on its day: today or earlier. */
	void effectiveDay(LocalDate on, LocalDate today) {
		if (on.isAfter(today)) {
			add(UserErrorCode.IN_THE_FUTURE, "on", "生效日期不能晚于今天；请在当天再登记。");
		}
		else if (on.isBefore(today.minusYears(1))) {
			add(UserErrorCode.TOO_OLD, "on", "生效日期不能早于一年前。");
		}
	}

	void period(String field, @Nullable LocalDate from, @Nullable LocalDate until) {
		if (from != null && until != null && until.isBefore(from)) {
			add(UserErrorCode.OUT_OF_RANGE, field, "结束日期不能早于开始日期。");
		}
	}

	void transition(StudentStatus from, StudentStatus to) {
		if (from == to) {
			add(UserErrorCode.INVALID_TRANSITION, "status", (to == StudentStatus.ACTIVE) ? "该学生本就在籍。" : "该学生已是这一状态。");
		}
		else if (from != StudentStatus.ACTIVE && to != StudentStatus.ACTIVE) {
			add(UserErrorCode.INVALID_TRANSITION, "status", "请先将该学生恢复在籍，再登记新的离校原因。");
		}
	}

	static @Nullable String clean(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
