package org.jiaxiao.support;

import java.time.LocalDate;
import java.util.List;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.Holiday;
import org.jiaxiao.calendar.HolidayArrangement;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;

/**
 * The calendar facts of docs/DOMAIN.md, written out here for the tests: the official 2026
 * arrangement for mainland China and the school terms 2025-09-01..2026-01-16,
 * 2026-02-24..2026-07-03, 2026-09-01..2027-01-15, winter break 2026-01-17..2026-02-23.
 */
public final class DemoCalendarData {

	private DemoCalendarData() {
	}

	public static HolidayArrangement arrangement2026() {
		return new HolidayArrangement(2026, List.of(new Holiday("元旦", d(2026, 1, 1), d(2026, 1, 3)),
				new Holiday("春节", d(2026, 2, 15), d(2026, 2, 23)), new Holiday("清明节", d(2026, 4, 4), d(2026, 4, 6)),
				new Holiday("劳动节", d(2026, 5, 1), d(2026, 5, 5)), new Holiday("端午节", d(2026, 6, 19), d(2026, 6, 21)),
				new Holiday("中秋节", d(2026, 9, 25), d(2026, 9, 27)), new Holiday("国庆节", d(2026, 10, 1), d(2026, 10, 7))),
				List.of(d(2026, 1, 4), d(2026, 2, 14), d(2026, 2, 28), d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10)));
	}

	public static SchoolCalendar calendar(String schoolId) {
		SchoolYearDates year2025 = new SchoolYearDates(2025, d(2025, 9, 1), d(2026, 8, 31),
				List.of(new Term("第一学期", d(2025, 9, 1), d(2026, 1, 16)),
						new Term("第二学期", d(2026, 2, 24), d(2026, 7, 3))),
				new DateRange(d(2026, 1, 17), d(2026, 2, 23)), new DateRange(d(2026, 7, 4), d(2026, 8, 31)));
		SchoolYearDates year2026 = new SchoolYearDates(2026, d(2026, 9, 1), d(2027, 8, 31),
				List.of(new Term("第一学期", d(2026, 9, 1), d(2027, 1, 15))), null, null);
		return new SchoolCalendar(schoolId, List.of(year2025, year2026), List.of(arrangement2026()), 1, null, null);
	}

	public static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
