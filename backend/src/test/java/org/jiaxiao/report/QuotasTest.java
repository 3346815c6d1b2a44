package org.jiaxiao.report;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.policy.HomeVisitQuota;
import org.jiaxiao.policy.PolicyHistory;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyVersion;
import org.jiaxiao.policy.TeacherRole;
import org.jiaxiao.support.DemoCalendarData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoCalendarData.d;

/**
 * Quotas over a period, day by day under the policy in force: whole months and breaks owe
 * the policy's numbers exactly, and a change owes each version its share.
 */
public class QuotasTest {

	private final SchoolCalendar calendar = DemoCalendarData.calendar("sch_q");

	private final PolicyHistory primary = new PolicyHistory("sch_q",
			List.of(version(1, d(2025, 9, 1), PolicyPreset.PRIMARY.rules())));

	@Test
	void aTermMonthOwesTheMonthlyNumbers() {
		Quotas.Owed march = Quotas.owed(this.primary, this.calendar, TeacherRole.HOMEROOM, d(2026, 3, 1),
				d(2026, 3, 31));
		assertThat(march).isEqualTo(new Quotas.Owed(8, 10));
		assertThat(Quotas.owed(this.primary, this.calendar, TeacherRole.SUBJECT, d(2026, 3, 1), d(2026, 3, 31)))
			.isEqualTo(new Quotas.Owed(8, 3));
	}

	@Test
	void theBreaksOweTheirOwnNumbers() {
		assertThat(Quotas.owed(this.primary, this.calendar, TeacherRole.HOMEROOM, d(2026, 1, 17), d(2026, 2, 23))
			.homeVisits()).isEqualTo(6);
		assertThat(Quotas.owed(this.primary, this.calendar, TeacherRole.SUBJECT, d(2026, 1, 17), d(2026, 2, 23))
			.homeVisits()).isEqualTo(4);
		assertThat(Quotas.owed(this.primary, this.calendar, TeacherRole.SUBJECT, d(2026, 7, 4), d(2026, 8, 31))
			.homeVisits()).isEqualTo(6);
		// The homeroom summer rule is coverage of a new class, not a number.
		assertThat(Quotas.owed(this.primary, this.calendar, TeacherRole.HOMEROOM, d(2026, 7, 4), d(2026, 8, 31))
			.homeVisits()).isZero();
	}

	@Test
	void aPolicyChangeMidPeriodOwesEachVersionItsShare() {
		PolicyRules twelve = withHomeroomPerMonth(12);
		PolicyHistory changed = new PolicyHistory("sch_q",
				List.of(version(1, d(2025, 9, 1), PolicyPreset.PRIMARY.rules()), version(2, d(2026, 4, 1), twelve)));
		assertThat(
				Quotas.owed(changed, this.calendar, TeacherRole.HOMEROOM, d(2026, 3, 1), d(2026, 3, 31)).homeVisits())
			.isEqualTo(10);
		assertThat(
				Quotas.owed(changed, this.calendar, TeacherRole.HOMEROOM, d(2026, 4, 1), d(2026, 4, 30)).homeVisits())
			.isEqualTo(12);
		assertThat(
				Quotas.owed(changed, this.calendar, TeacherRole.HOMEROOM, d(2026, 3, 1), d(2026, 4, 30)).homeVisits())
			.isEqualTo(22);
	}

	@Test
	void noRuleNoQuota() {
		PolicyHistory tutoring = new PolicyHistory("sch_q",
				List.of(version(1, d(2025, 9, 1), PolicyPreset.TUTORING.rules())));
		assertThat(Quotas.owed(tutoring, this.calendar, TeacherRole.HOMEROOM, d(2026, 3, 1), d(2026, 3, 31)))
			.isEqualTo(new Quotas.Owed(null, null));
	}

	public static PolicyRules withHomeroomPerMonth(int perMonth) {
		PolicyRules p = PolicyPreset.PRIMARY.rules();
		return new PolicyRules(p.contactsPerTeacherPerMonth(), new HomeVisitQuota(perMonth, 6, null, true, true),
				p.subjectTeacher(), p.homeVisitForms(), p.focus(), p.immediate(), p.meetings(), p.coverage(),
				p.onboarding(), p.reminders(), p.escalationChains());
	}

	private static PolicyVersion version(int number, java.time.LocalDate from, PolicyRules rules) {
		return new PolicyVersion("pol_" + number, "sch_q", number, from, PolicyPreset.PRIMARY, rules, Instant.EPOCH,
				null, null);
	}

}
