package org.jiaxiao.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * Which school year an instant falls in, counted in the school's zone. A school year
 * starts on 1 September until the calendar feature lets each school set its own dates.
 */
public final class SchoolYears {

	private SchoolYears() {
	}

	/** The calendar year in which the school year containing {@code instant} began. */
	public static int of(Instant instant, ZoneId zone) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		return (date.getMonthValue() >= Month.SEPTEMBER.getValue()) ? date.getYear() : date.getYear() - 1;
	}

}
