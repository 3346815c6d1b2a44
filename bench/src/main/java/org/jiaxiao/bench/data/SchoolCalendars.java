package org.jiaxiao.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.report.ReportInputs.TermRef;

/**
 * A generated school's calendar: each school year with the two terms and the breaks a
 * mainland primary school has (first term September to mid-January, winter break to late
 * February, second term to early July, then the summer break). No public-holiday
 * arrangement: the report's quotas then count every weekday as a working day, which
 * changes figures, not the work of computing them.
 */
public final class SchoolCalendars {

	private SchoolCalendars() {
	}

	public static SchoolCalendar of(String schoolId, int firstYear, int lastYear) {
		List<SchoolYearDates> years = new ArrayList<>();
		for (int year = firstYear; year <= lastYear; year++) {
			years.add(year(year));
		}
		return new SchoolCalendar(schoolId, years, List.of(), 1, null, null);
	}

	/** The term of the generated calendar a day falls in, or the one before a break. */
	public static TermRef termOf(LocalDate day) {
		int startYear = (day.getMonthValue() >= 9) ? day.getYear() : day.getYear() - 1;
		boolean second = !day.isBefore(year(startYear).terms().get(1).start());
		return new TermRef(startYear, second ? 2 : 1);
	}

	static SchoolYearDates year(int year) {
		return new SchoolYearDates(year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31),
				List.of(new Term("第一学期", LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 15)),
						new Term("第二学期", LocalDate.of(year + 1, 2, 23), LocalDate.of(year + 1, 7, 3))),
				new DateRange(LocalDate.of(year + 1, 1, 16), LocalDate.of(year + 1, 2, 22)),
				new DateRange(LocalDate.of(year + 1, 7, 4), LocalDate.of(year + 1, 8, 31)));
	}

}
