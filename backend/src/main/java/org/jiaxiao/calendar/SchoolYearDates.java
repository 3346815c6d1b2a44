package org.jiaxiao.calendar;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A school year's dates as the school set them.
 *
 * @param startYear the calendar year it starts in (2025 for 2025–26)
 * @param start first day (usually 1 September)
 * @param end last day (the day before the next school year)
 * @param terms terms in order
 * @param winterBreak the winter break (寒假)
 * @param summerBreak the summer break (暑假) at the end of the school year
 */
public record SchoolYearDates(int startYear, LocalDate start, LocalDate end, List<Term> terms,
		@Nullable DateRange winterBreak, @Nullable DateRange summerBreak) {

	public DateRange range() {
		return new DateRange(this.start, this.end);
	}

	/** The school year Sept 1 – Aug 31 with no terms or breaks known. */
	static SchoolYearDates plain(int startYear) {
		return new SchoolYearDates(startYear, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31),
				List.of(), null, null);
	}

}
