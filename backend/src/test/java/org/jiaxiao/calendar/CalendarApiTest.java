package org.jiaxiao.calendar;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

/**
 * The calendar through the API: the demo school's 2026 arrangement as a day view, and the
 * principal entering a year's arrangement and a school year's dates (checked).
 */
class CalendarApiTest extends ComplianceApiTest {

	private static final String DAYS = """
			query($from: Date!, $to: Date!) { schoolCalendar { days(from: $from, to: $to) {
			  date workingDay kind holiday schoolPeriod } } }""";

	private static final String SET_HOLIDAYS = """
			mutation($input: SetHolidayArrangementInput!) { setHolidayArrangement(input: $input) {
			  calendar { version holidayArrangements { year holidays { name start end } makeUpWorkingDays } }
			  errors { code field } } }""";

	private static final String SET_YEAR = """
			mutation($input: SetSchoolYearDatesInput!) { setSchoolYearDates(input: $input) {
			  calendar { schoolYears { startYear terms { name start end } winterBreak { start end } } }
			  errors { code field } } }""";

	@Test
	void theSpringFestivalAsTheDemoCalendarShowsIt() {
		var days = as("homeroom").document(DAYS).variable("from", "2026-02-13").variable("to", "2026-02-24").execute();
		days.path("schoolCalendar.days[1].date").entity(String.class).isEqualTo("2026-02-14");
		days.path("schoolCalendar.days[1].kind").entity(String.class).isEqualTo("MAKE_UP_WORKDAY");
		days.path("schoolCalendar.days[1].workingDay").entity(Boolean.class).isEqualTo(true);
		days.path("schoolCalendar.days[2].kind").entity(String.class).isEqualTo("HOLIDAY");
		days.path("schoolCalendar.days[2].holiday").entity(String.class).isEqualTo("春节");
		days.path("schoolCalendar.days[2].schoolPeriod").entity(String.class).isEqualTo("WINTER_BREAK");
		days.path("schoolCalendar.days[11].kind").entity(String.class).isEqualTo("WORKDAY");
		days.path("schoolCalendar.days[11].schoolPeriod").entity(String.class).isEqualTo("TERM");
		as("homeroom").document(DAYS)
			.variable("from", "2026-01-01")
			.variable("to", "2027-12-31")
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	@Test
	void thePrincipalEntersNextYearsArrangementAndASchoolYearChecked() {
		TestSchool school = school(PolicyPreset.PRIMARY, 1, 0);
		var principal = as(school.principal.username());
		principal.document(SET_HOLIDAYS)
			.variable("input",
					Map.of("year", 2027, "holidays",
							List.of(Map.of("name", "元旦", "start", "2027-01-01", "end", "2027-01-03")),
							"makeUpWorkingDays", List.of("2027-01-05")))
			.execute()
			.path("setHolidayArrangement.errors[0].code")
			.entity(String.class)
			.isEqualTo("OUT_OF_RANGE");
		var stored = principal.document(SET_HOLIDAYS)
			.variable("input",
					Map.of("year", 2027, "holidays",
							List.of(Map.of("name", "春节", "start", "2027-02-06", "end", "2027-02-14"),
									Map.of("name", "元旦", "start", "2027-01-01", "end", "2027-01-03")),
							"makeUpWorkingDays", List.of("2027-02-20")))
			.execute();
		stored.path("setHolidayArrangement.errors").entityList(Object.class).hasSize(0);
		stored.path("setHolidayArrangement.calendar.holidayArrangements[*].year")
			.entityList(Integer.class)
			.containsExactly(2026, 2027);
		stored.path("setHolidayArrangement.calendar.holidayArrangements[1].holidays[*].name")
			.entityList(String.class)
			.containsExactly("元旦", "春节");

		principal.document(SET_YEAR)
			.variable("input",
					Map.of("startYear", 2027, "start", "2027-09-01", "end", "2028-08-31", "terms",
							List.of(Map.of("name", "第一学期", "start", "2028-01-20", "end", "2027-09-01"))))
			.execute()
			.path("setSchoolYearDates.errors[0].code")
			.entity(String.class)
			.isEqualTo("OUT_OF_RANGE");
		principal.document(SET_YEAR)
			.variable("input",
					Map.of("startYear", 2027, "start", "2027-09-01", "end", "2028-08-31", "terms",
							List.of(Map.of("name", "第一学期", "start", "2027-09-01", "end", "2028-01-21")), "winterBreak",
							Map.of("start", "2028-01-22", "end", "2028-02-20")))
			.execute()
			.path("setSchoolYearDates.calendar.schoolYears[*].startYear")
			.entityList(Integer.class)
			.containsExactly(2025, 2026, 2027);
		as(school.homeroom.username()).document(SET_YEAR)
			.variable("input",
					Map.of("startYear", 2027, "start", "2027-09-01", "end", "2028-08-31", "terms", List.of()))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

}
