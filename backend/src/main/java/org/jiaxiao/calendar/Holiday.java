package org.jiaxiao.calendar;

import java.time.LocalDate;

/**
 * Public-holiday days off (法定节假日放假).
 *
 * @param name e.g. 春节
 * @param start first day off
 * @param end last day off
 */
public record Holiday(String name, LocalDate start, LocalDate end) {

	public DateRange range() {
		return new DateRange(this.start, this.end);
	}

}
