package org.jiaxiao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.DemoCalendarData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoCalendarData.d;

/**
 * Deadlines in working and calendar days under the official 2026 arrangement, across
 * Spring Festival, Labour Day and National Day with their make-up working days.
 */
class WorkingDaysTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingDays days = WorkingDays.of(List.of(DemoCalendarData.arrangement2026()));

	@Test
	void springFestivalMakeUpSaturdayCountsAndTheNineDaysOffDoNot() {
		// Fri 13 Feb → Sat 14 Feb is worked (调休), 15–23 Feb are off, Tue 24 Feb is next.
		assertThat(this.days.addWorkingDays(d(2026, 2, 13), 1)).isEqualTo(d(2026, 2, 14));
		assertThat(this.days.addWorkingDays(d(2026, 2, 13), 2)).isEqualTo(d(2026, 2, 24));
		assertThat(this.days.addWorkingDays(d(2026, 2, 13), 3)).isEqualTo(d(2026, 2, 25));
		// Sat 28 Feb is worked too: Fri 27 Feb + 1 working day.
		assertThat(this.days.addWorkingDays(d(2026, 2, 27), 1)).isEqualTo(d(2026, 2, 28));
		assertThat(this.days.addWorkingDays(d(2026, 2, 27), 2)).isEqualTo(d(2026, 3, 2));
	}

	@Test
	void nationalDayWithItsTwoMakeUpDays() {
		// Sun 20 Sep is worked: Fri 18 Sep + 1 → Sun 20 Sep.
		assertThat(this.days.addWorkingDays(d(2026, 9, 18), 1)).isEqualTo(d(2026, 9, 20));
		// Mid-Autumn 25–27 Sep and National Day 1–7 Oct are off; Sat 10 Oct is worked.
		assertThat(this.days.addWorkingDays(d(2026, 9, 24), 1)).isEqualTo(d(2026, 9, 28));
		assertThat(this.days.addWorkingDays(d(2026, 9, 30), 1)).isEqualTo(d(2026, 10, 8));
		assertThat(this.days.addWorkingDays(d(2026, 9, 30), 2)).isEqualTo(d(2026, 10, 9));
		assertThat(this.days.addWorkingDays(d(2026, 9, 30), 3)).isEqualTo(d(2026, 10, 10));
		assertThat(this.days.addWorkingDays(d(2026, 9, 30), 4)).isEqualTo(d(2026, 10, 12));
	}

	@Test
	void newYearAndLabourDay() {
		// Wed 31 Dec 2025 → 1–3 Jan off, Sun 4 Jan worked.
		assertThat(this.days.addWorkingDays(d(2025, 12, 31), 1)).isEqualTo(d(2026, 1, 4));
		// Thu 30 Apr → 1–5 May off → Wed 6 May; Sat 9 May worked.
		assertThat(this.days.addWorkingDays(d(2026, 4, 30), 1)).isEqualTo(d(2026, 5, 6));
		assertThat(this.days.addWorkingDays(d(2026, 5, 8), 1)).isEqualTo(d(2026, 5, 9));
		assertThat(this.days.isWorkingDay(d(2026, 5, 9))).isTrue();
		assertThat(this.days.isWorkingDay(d(2026, 5, 10))).isFalse();
		assertThat(this.days.holidayOn(d(2026, 5, 3))).contains("劳动节");
	}

	@Test
	void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
		assertThat(this.days.addWorkingDays(d(2026, 3, 4), 0)).isEqualTo(d(2026, 3, 4));
		assertThat(this.days.addWorkingDays(d(2026, 2, 15), 0)).isEqualTo(d(2026, 2, 24));
	}

	@Test
	void deadlinesEndAtTheEndOfTheDayInTheSchoolsZone() {
		Instant contract = LocalDateTime.of(2026, 2, 13, 15, 0).atZone(SHANGHAI).toInstant();
		// A tutoring centre's "file within 2 working days" of a contract signed on Fri 13
		// Feb.
		assertThat(this.days.workingDaysAfter(contract, 2, SHANGHAI))
			.isEqualTo(LocalDateTime.of(2026, 2, 24, 23, 59, 59).atZone(SHANGHAI).toInstant());
		// Calendar days ignore the holiday: 3 days after Fri 13 Feb is Mon 16 Feb.
		assertThat(WorkingDays.calendarDaysAfter(contract, 3, SHANGHAI))
			.isEqualTo(LocalDateTime.of(2026, 2, 16, 23, 59, 59).atZone(SHANGHAI).toInstant());
		// Hours are hours, whatever the day: an immediate visit within 24 h.
		assertThat(WorkingDays.hoursAfter(contract, 24)).isEqualTo(contract.plusSeconds(86_400));
	}

	@Test
	void withoutAnArrangementOnlyWeekendsAreOff() {
		WorkingDays plain = WorkingDays.of(List.of());
		assertThat(plain.addWorkingDays(d(2026, 2, 13), 2)).isEqualTo(d(2026, 2, 17));
		assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
	}

}
