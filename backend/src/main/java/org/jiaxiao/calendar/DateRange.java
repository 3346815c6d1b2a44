package org.jiaxiao.calendar;

import java.time.LocalDate;

/**
 * Days from {@code start} to {@code end}, both included.
 *
 * @param start first day
 * @param end last day
 */
public record DateRange(LocalDate start, LocalDate end) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	public long days() {
		return this.end.toEpochDay() - this.start.toEpochDay() + 1;
	}

	public boolean valid() {
		return !this.end.isBefore(this.start);
	}

}
