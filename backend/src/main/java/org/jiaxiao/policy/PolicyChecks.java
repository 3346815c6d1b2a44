package org.jiaxiao.policy;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/** Range checks on a policy's numbers before a version is stored. */
final class PolicyChecks {

	private static final int MAX_COUNT = 1000;

	private PolicyChecks() {
	}

	static List<UserError> check(PolicyRules rules) {
		List<UserError> errors = new ArrayList<>();
		count(errors, "contactsPerTeacherPerMonth", rules.contactsPerTeacherPerMonth());
		quota(errors, "homeroom", rules.homeroom());
		quota(errors, "subjectTeacher", rules.subjectTeacher());
		if (rules.focus() != null) {
			count(errors, "focus.minExtraVisitsPerYear", rules.focus().minExtraVisitsPerYear());
			count(errors, "focus.maxExtraVisitsPerYear", rules.focus().maxExtraVisitsPerYear());
			count(errors, "focus.remindDaysBeforeWinterBreak", rules.focus().remindDaysBeforeWinterBreak());
			if (rules.focus().maxExtraVisitsPerYear() < rules.focus().minExtraVisitsPerYear()) {
				errors.add(error("focus.maxExtraVisitsPerYear", "最多次数不能少于最少次数。"));
			}
		}
		if (rules.immediate() != null) {
			if (rules.immediate().deadlineHours() < 1 || rules.immediate().deadlineHours() > 720) {
				errors.add(error("immediate.deadlineHours", "立即家访时限应在 1 到 720 小时之间。"));
			}
			count(errors, "immediate.illnessAbsenceMoreThanDays", rules.immediate().illnessAbsenceMoreThanDays());
		}
		if (rules.meetings() != null) {
			count(errors, "meetings.parentMeetingsPerTerm", rules.meetings().parentMeetingsPerTerm());
			count(errors, "meetings.committeeMeetingsPerTerm", rules.meetings().committeeMeetingsPerTerm());
			percent(errors, "meetings.surveyPercentPerTerm", rules.meetings().surveyPercentPerTerm());
			count(errors, "meetings.openDaysPerYear", rules.meetings().openDaysPerYear());
			count(errors, "meetings.parentWorkshopsPerYear", rules.meetings().parentWorkshopsPerYear());
		}
		if (rules.coverage() != null) {
			percent(errors, "coverage.faceToFacePercentPerSchoolYear",
					rules.coverage().faceToFacePercentPerSchoolYear());
			if (rules.coverage().everyFamilyWithinYears() < 1 || rules.coverage().everyFamilyWithinYears() > 12) {
				errors.add(error("coverage.everyFamilyWithinYears", "年限应在 1 到 12 之间。"));
			}
			if (rules.coverage().faceToFaceForms().isEmpty()) {
				errors.add(UserError.of(UserErrorCode.EMPTY, "coverage.faceToFaceForms", "请至少选择一种面对面的联系形式。"));
			}
		}
		if (rules.onboarding() != null) {
			OnboardingRules o = rules.onboarding();
			for (int value : new int[] { o.fileWithinWorkingDays(), o.callWithinDaysOfFile(), o.consultantWithinHours(),
					o.notifyHoursBeforeFirstLesson(), o.learningPlanAfterWeeks(), o.tutoringPlanInWeek(),
					o.tutoringPlanAfterLessons(), o.weeklyFollowUpsForMonths(), o.followUpsPerFortnightMin(),
					o.followUpsPerFortnightMax(), o.scoresWithinDays(), o.growthRecordsPerMonth() }) {
				if (value < 0 || value > MAX_COUNT) {
					errors.add(error("onboarding", "新生跟进时限中的数字应在 0 到 " + MAX_COUNT + " 之间。"));
					break;
				}
			}
			if (o.followUpsPerFortnightMax() < o.followUpsPerFortnightMin()) {
				errors.add(error("onboarding.followUpsPerFortnightMax", "最多次数不能少于最少次数。"));
			}
		}
		ReminderRules reminders = rules.reminders();
		if (reminders.hoursBefore() < 0 || reminders.hoursBefore() > 720) {
			errors.add(error("reminders.hoursBefore", "提前提醒应在 0 到 720 小时之间。"));
		}
		if (ReminderRules.parse(reminders.quietFrom()) == null || ReminderRules.parse(reminders.quietUntil()) == null) {
			errors.add(error("reminders.quietFrom", "免打扰时段请写成 HH:mm，例如 21:00。"));
		}
		if (rules.escalationChains() != null) {
			errors.addAll(EscalationChainChecks.check(rules.escalationChains()));
		}
		return errors;
	}

	private static void quota(List<UserError> errors, String path, @Nullable HomeVisitQuota quota) {
		if (quota == null) {
			return;
		}
		count(errors, path + ".perMonth", quota.perMonth());
		count(errors, path + ".winterBreak", quota.winterBreak());
		count(errors, path + ".summerBreak", quota.summerBreak());
	}

	private static void count(List<UserError> errors, String path, @Nullable Integer value) {
		if (value != null && (value < 0 || value > MAX_COUNT)) {
			errors.add(error(path, "数量应在 0 到 " + MAX_COUNT + " 之间。"));
		}
	}

	private static void percent(List<UserError> errors, String path, double value) {
		if (value < 0 || value > 100) {
			errors.add(error(path, "百分比应在 0 到 100 之间。"));
		}
	}

	private static UserError error(String path, String message) {
		List<String> field = new ArrayList<>(List.of("input", "rules"));
		field.addAll(List.of(path.split("\\.")));
		return new UserError(UserErrorCode.OUT_OF_RANGE, field, message);
	}

}
