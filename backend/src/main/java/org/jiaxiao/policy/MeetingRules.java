package org.jiaxiao.policy;

/**
 * Meetings and surveys a school holds.
 *
 * @param parentMeetingsPerTerm parent meetings (家长会) per term
 * @param committeeMeetingsPerTerm parent-committee meetings per term
 * @param surveyPercentPerTerm share of families surveyed each term, in percent
 * @param openDaysPerYear open days a school year
 * @param parentWorkshopsPerYear class parent workshops (家长学校) a school year
 */
public record MeetingRules(int parentMeetingsPerTerm, int committeeMeetingsPerTerm, int surveyPercentPerTerm,
		int openDaysPerYear, int parentWorkshopsPerYear) {
}
