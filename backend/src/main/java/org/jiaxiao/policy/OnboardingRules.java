package org.jiaxiao.policy;

/**
 * A tutoring centre's deadlines for a new student, counted from the contract or the first
 * lesson.
 *
 * @param fileWithinWorkingDays the learning manager receives the file within this many
 * working days of the contract
 * @param callWithinDaysOfFile phones the parents within this many days of the file
 * @param consultantWithinHours talks to the consultant within this many hours of the file
 * @param notifyHoursBeforeFirstLesson tells the parents time, place and subjects this
 * many hours before the first lesson
 * @param followUpCallOnFirstLessonDay a follow-up call on the first lesson's day
 * @param learningPlanAfterWeeks a learning-management plan after this many weeks
 * @param tutoringPlanInWeek a personalised tutoring plan and stage summary in this week
 * @param tutoringPlanAfterLessons or after this many lessons
 * @param weeklyFollowUpsForMonths follow-ups every week for this many months
 * @param followUpsPerFortnightMin then at least this many per fortnight
 * @param followUpsPerFortnightMax and at most this many
 * @param scoresWithinDays exam scores entered within this many days of being known
 * @param growthRecordsPerMonth growth records a month per student
 */
public record OnboardingRules(int fileWithinWorkingDays, int callWithinDaysOfFile, int consultantWithinHours,
		int notifyHoursBeforeFirstLesson, boolean followUpCallOnFirstLessonDay, int learningPlanAfterWeeks,
		int tutoringPlanInWeek, int tutoringPlanAfterLessons, int weeklyFollowUpsForMonths,
		int followUpsPerFortnightMin, int followUpsPerFortnightMax, int scoresWithinDays, int growthRecordsPerMonth) {
}
