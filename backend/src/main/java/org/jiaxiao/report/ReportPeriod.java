package org.jiaxiao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.platform.graphql.SchemaEnum;

/**
 * The days a report covers, both ends included, in the school's zone.
 *
 * @param kind how it was asked for
 * @param label a short name, e.g. 2026-03
 * @param from first day
 * @param to last day
 * @param schoolYear the school year the first day falls in
 */
public record ReportPeriod(Kind kind, String label, LocalDate from, LocalDate to, int schoolYear) {

	public DateRange range() {
		return new DateRange(this.from, this.to);
	}

	public Instant start(ZoneId zone) {
		return this.from.atStartOfDay(zone).toInstant();
	}

	/** The instant just after the last day. */
	public Instant end(ZoneId zone) {
		return this.to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The kinds of period a report can cover. */
	@SchemaEnum("ReportPeriodKind")
	public enum Kind {

		MONTH, TERM, WINTER_BREAK, SUMMER_BREAK, SCHOOL_YEAR, CUSTOM

	}

}
