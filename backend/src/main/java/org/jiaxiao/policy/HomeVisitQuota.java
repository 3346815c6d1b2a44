package org.jiaxiao.policy;

import org.jspecify.annotations.Nullable;

/**
 * Home visits a teacher owes: per month in term time, and a total for each break.
 *
 * @param perMonth home visits a month
 * @param winterBreak home visits over the winter break (寒假); null: no number set
 * @param summerBreak home visits over the summer break (暑假); null: no number set
 * @param everyStudentPerSchoolYear every student of the class at least once a school year
 * (coverage)
 * @param newClassEveryStudentInSummer every student of a newly taken class in the summer
 * break
 */
public record HomeVisitQuota(int perMonth, @Nullable Integer winterBreak, @Nullable Integer summerBreak,
		boolean everyStudentPerSchoolYear, boolean newClassEveryStudentInSummer) {
}
