package org.jiaxiao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.platform.graphql.BadRequestException;

/**
 * Turns what a report asks for (a month, a term, a break, a school year, or two dates)
 * into days, using the school's calendar.
 */
final class ReportPeriods {

	private static final int MAX_DAYS = 400;

	private ReportPeriods() {
	}

	static ReportPeriod resolve(ReportInputs.PeriodInput input, SchoolCalendar calendar) {
		long given = Stream
			.of(input.month(), input.term(), input.winterBreak(), input.summerBreak(), input.schoolYear(),
					(input.from() != null || input.to() != null) ? "custom" : null)
			.filter((value) -> value != null)
			.count();
		if (given != 1) {
			throw new BadRequestException("A period needs exactly one of month, term, winterBreak, summerBreak, "
					+ "schoolYear or from and to.");
		}
		if (input.month() != null) {
			YearMonth month = month(input.month());
			return period(ReportPeriod.Kind.MONTH, input.month(), month.atDay(1), month.atEndOfMonth(), calendar);
		}
		if (input.term() != null) {
			SchoolYearDates year = calendar.schoolYear(year(input.term().schoolYear()));
			List<Term> terms = year.terms();
			int number = input.term().number();
			if (number < 1 || number > terms.size()) {
				throw new BadRequestException(
						"The school calendar has no term " + number + " in school year " + year.startYear() + ".");
			}
			Term term = terms.get(number - 1);
			return new ReportPeriod(ReportPeriod.Kind.TERM,
					year.startYear() + "–" + (year.startYear() + 1) + " " + term.name(), term.start(), term.end(),
					year.startYear());
		}
		if (input.winterBreak() != null || input.summerBreak() != null) {
			boolean winter = input.winterBreak() != null;
			SchoolYearDates year = calendar.schoolYear(year(winter ? input.winterBreak() : input.summerBreak()));
			DateRange range = winter ? year.winterBreak() : year.summerBreak();
			if (range == null) {
				throw new BadRequestException("The school calendar has no " + (winter ? "winter" : "summer")
						+ " break in school year " + year.startYear() + ".");
			}
			return new ReportPeriod(winter ? ReportPeriod.Kind.WINTER_BREAK : ReportPeriod.Kind.SUMMER_BREAK,
					year.startYear() + "–" + (year.startYear() + 1) + (winter ? " 寒假" : " 暑假"), range.start(),
					range.end(), year.startYear());
		}
		if (input.schoolYear() != null) {
			SchoolYearDates year = calendar.schoolYear(year(input.schoolYear()));
			return new ReportPeriod(ReportPeriod.Kind.SCHOOL_YEAR, year.startYear() + "–" + (year.startYear() + 1),
					year.start(), year.end(), year.startYear());
		}
		if (input.from() == null || input.to() == null) {
			throw new BadRequestException("A custom period needs both from and to.");
		}
		DateRange range = new DateRange(input.from(), input.to());
		if (!range.valid() || range.days() > MAX_DAYS || input.from().getYear() < 2000) {
			throw new BadRequestException("A custom period runs forward and covers at most " + MAX_DAYS + " days.");
		}
		return period(ReportPeriod.Kind.CUSTOM, input.from() + "–" + input.to(), input.from(), input.to(), calendar);
	}

	private static ReportPeriod period(ReportPeriod.Kind kind, String label, LocalDate from, LocalDate to,
			SchoolCalendar calendar) {
		return new ReportPeriod(kind, label, from, to, calendar.schoolYearOf(from).startYear());
	}

	private static YearMonth month(String text) {
		try {
			YearMonth month = YearMonth.parse(text);
			year(month.getYear());
			return month;
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("A month is written YYYY-MM, e.g. 2026-03.");
		}
	}

	private static int year(int year) {
		if (year < 2000 || year > 2100) {
			throw new BadRequestException("The year must be between 2000 and 2100.");
		}
		return year;
	}

}
