package org.jiaxiao.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.policy.HomeVisitQuota;
import org.jiaxiao.policy.PolicyHistory;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.TeacherRole;

/**
 * What a teacher owes over some days, added up day by day under the policy version in
 * force on each day: a monthly number counts 1/length-of-month per day, a break's number
 * 1/length-of-break per day of that break (in place of the monthly one). So a full month
 * owes exactly the monthly number, a full winter break exactly the break's number, and a
 * period across a policy change owes each version's share. Rounded up: quotas are "at
 * least".
 */
final class Quotas {

	private static final double EPSILON = 1e-6;

	private Quotas() {
	}

	static Owed owed(PolicyHistory policies, SchoolCalendar calendar, TeacherRole role, LocalDate from, LocalDate to) {
		double contacts = 0;
		double visits = 0;
		boolean contactRule = false;
		boolean visitRule = false;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			PolicyRules rules = policies.at(day).rules();
			if (rules.contactsPerTeacherPerMonth() != null) {
				contactRule = true;
				contacts += rules.contactsPerTeacherPerMonth() / (double) day.lengthOfMonth();
			}
			HomeVisitQuota quota = rules.homeVisits(role);
			if (quota != null) {
				visitRule = true;
				visits += visitsOn(quota, calendar.schoolYearOf(day), day);
			}
		}
		return new Owed(contactRule ? roundUp(contacts) : null, visitRule ? roundUp(visits) : null);
	}

	private static double visitsOn(HomeVisitQuota quota, SchoolYearDates year, LocalDate day) {
		DateRange winter = year.winterBreak();
		if (winter != null && winter.contains(day)) {
			return (quota.winterBreak() != null) ? quota.winterBreak() / (double) winter.days() : 0;
		}
		DateRange summer = year.summerBreak();
		if (summer != null && summer.contains(day)) {
			return (quota.summerBreak() != null) ? quota.summerBreak() / (double) summer.days() : 0;
		}
		return quota.perMonth() / (double) day.lengthOfMonth();
	}

	private static int roundUp(double value) {
		return (int) Math.ceil(value - EPSILON);
	}

	/**
	 * Families to contact and home visits owed; null where the policy sets no number.
	 *
	 * @param contacts families to contact
	 * @param homeVisits home visits
	 */
	record Owed(@Nullable Integer contacts, @Nullable Integer homeVisits) {

		static final Owed NONE = new Owed(null, null);

		Owed plus(Owed other) {
			return new Owed(add(this.contacts, other.contacts), add(this.homeVisits, other.homeVisits));
		}

		private static @Nullable Integer add(@Nullable Integer a, @Nullable Integer b) {
			if (a == null) {
				return b;
			}
			return (b == null) ? a : a + b;
		}

	}

}
