package org.jiaxiao.policy;

/**
 * Extra visits for students of a focus category (重点家访).
 *
 * @param minExtraVisitsPerYear home visits a year on top of the routine one, at least
 * @param maxExtraVisitsPerYear and at most (the school's plan)
 * @param visitInWinterBreak whether every focus student must be visited in the winter
 * break
 * @param remindDaysBeforeWinterBreak how long before the winter break the sweep creates a
 * task for a focus student not yet visited this school year
 */
public record FocusVisitRules(int minExtraVisitsPerYear, int maxExtraVisitsPerYear, boolean visitInWinterBreak,
		int remindDaysBeforeWinterBreak) {
}
