package org.jiaxiao.calendar;

import java.time.LocalDate;

/**
 * A term (学期) of a school year.
 *
 * @param name name to show, e.g. 第一学期
 * @param start first day
 * @param end last day
 */
public record Term(String name, LocalDate start, LocalDate end) {

	public DateRange range() {
		return new DateRange(this.start, this.end);
	}

}
