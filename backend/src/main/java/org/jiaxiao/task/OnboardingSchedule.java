package org.jiaxiao.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.policy.OnboardingRules;

/**
 * When a new tutoring student's onboarding steps are due, under a centre's rules and
 * calendar (学管师接档流程): the file in working days of the contract, the call and the talk
 * with the consultant counted from the file, the rest from the first lesson. Working days
 * only where the rules say working days; "a day" is a calendar day ending at midnight in
 * the centre's zone.
 *
 * @param rules the centre's onboarding rules
 * @param days its working days
 * @param zone its time zone
 */
record OnboardingSchedule(OnboardingRules rules, WorkingDays days, ZoneId zone) {

	/** 接档: the end of the n-th working day after the day of signing. */
	Instant fileDue(LocalDate signedOn) {
		return WorkingDays.endOfDay(this.days.addWorkingDays(signedOn, this.rules.fileWithinWorkingDays()), this.zone);
	}

	/**
	 * 接收后一天之内给家长打电话: the end of the n-th day after the file was received (or was due,
	 * until it is).
	 */
	Instant parentCallDue(Instant file) {
		return WorkingDays.calendarDaysAfter(file, this.rules.callWithinDaysOfFile(), this.zone);
	}

	/** 接收档案的24小时内和咨询师沟通: hours after the file. */
	Instant consultantTalkDue(Instant file) {
		return WorkingDays.hoursAfter(file, this.rules.consultantWithinHours());
	}

	/** 第一次上课的24小时前有效通知家长: hours before the first lesson. */
	Instant noticeDue(Instant firstLesson) {
		return WorkingDays.hoursAfter(firstLesson, -this.rules.notifyHoursBeforeFirstLesson());
	}

	/** 第一次上课后的当天回访: the end of the first lesson's day. */
	Instant firstLessonCallDue(Instant firstLesson) {
		return WorkingDays.endOfDay(day(firstLesson), this.zone);
	}

	/** 上课三周后《学生学习管理方案》: the end of the day n weeks after the first lesson. */
	Instant learningPlanDue(Instant firstLesson) {
		return WorkingDays.endOfDay(day(firstLesson).plusWeeks(this.rules.learningPlanAfterWeeks()), this.zone);
	}

	/**
	 * 第四周完成《学生个性化辅导方案》: the end of the last day of week n counted from the first lesson
	 * (week 1 is its first seven days).
	 */
	Instant tutoringPlanWeekDue(Instant firstLesson) {
		return WorkingDays.endOfDay(day(firstLesson).plusWeeks(this.rules.tutoringPlanInWeek()).minusDays(1),
				this.zone);
	}

	/** Whether enough lessons are given for the tutoring plan to be due now (或20次课). */
	boolean tutoringPlanLessonsReached(int lessonsGiven) {
		return this.rules.tutoringPlanAfterLessons() > 0 && lessonsGiven >= this.rules.tutoringPlanAfterLessons();
	}

	LocalDate day(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

}
