package org.jiaxiao.calendar.graphql;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.CalendarService.CalendarResult;
import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.Holiday;
import org.jiaxiao.calendar.HolidayArrangement;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.graphql.BadRequestException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The school calendar: read by all staff, changed by the principal. */
@Controller
class CalendarController {

	private static final int MAX_DAYS = 400;

	private final CalendarService calendars;

	CalendarController(CalendarService calendars) {
		this.calendars = calendars;
	}

	@QueryMapping
	SchoolCalendar schoolCalendar(Principal principal) {
		return this.calendars.calendar(Viewers.requireSchoolStaff(principal).schoolId());
	}

	@MutationMapping
	CalendarResult setSchoolYearDates(@Argument SetSchoolYearDatesInput input, Principal principal) {
		return this.calendars.setSchoolYear(Viewers.requireSchoolStaff(principal),
				new SchoolYearDates(input.startYear(), input.start(), input.end(), input.terms(), input.winterBreak(),
						input.summerBreak()));
	}

	@MutationMapping
	CalendarResult setHolidayArrangement(@Argument SetHolidayArrangementInput input, Principal principal) {
		return this.calendars.setHolidayArrangement(Viewers.requireSchoolStaff(principal),
				new HolidayArrangement(input.year(), input.holidays(), input.makeUpWorkingDays()));
	}

	@SchemaMapping(typeName = "SchoolCalendar")
	List<HolidayArrangement> holidayArrangements(SchoolCalendar calendar) {
		return calendar.arrangements();
	}

	@SchemaMapping(typeName = "SchoolCalendar")
	List<CalendarDay> days(SchoolCalendar calendar, @Argument LocalDate from, @Argument LocalDate to) {
		DateRange range = new DateRange(from, to);
		if (!range.valid() || range.days() > MAX_DAYS) {
			throw new BadRequestException("A calendar view covers 1 to " + MAX_DAYS + " days.");
		}
		WorkingDays workingDays = calendar.workingDays();
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			boolean working = workingDays.isWorkingDay(day);
			String holiday = workingDays.holidayOn(day).orElse(null);
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			CalendarDayKind kind = workingDays.isMakeUpWorkingDay(day) ? CalendarDayKind.MAKE_UP_WORKDAY
					: (holiday != null) ? CalendarDayKind.HOLIDAY
							: weekend ? CalendarDayKind.WEEKEND : CalendarDayKind.WORKDAY;
			days.add(new CalendarDay(day, working, kind, holiday, period(calendar.schoolYearOf(day), day)));
		}
		return days;
	}

	private static SchoolPeriodKind period(SchoolYearDates year, LocalDate day) {
		if (year.winterBreak() != null && year.winterBreak().contains(day)) {
			return SchoolPeriodKind.WINTER_BREAK;
		}
		if (year.summerBreak() != null && year.summerBreak().contains(day)) {
			return SchoolPeriodKind.SUMMER_BREAK;
		}
		return year.terms().stream().anyMatch((term) -> term.range().contains(day)) ? SchoolPeriodKind.TERM
				: SchoolPeriodKind.OTHER;
	}

	/** The schema's CalendarDayKind. */
	enum CalendarDayKind {

		WORKDAY, WEEKEND, HOLIDAY, MAKE_UP_WORKDAY

	}

	/** The schema's SchoolPeriodKind. */
	enum SchoolPeriodKind {

		TERM, WINTER_BREAK, SUMMER_BREAK, OTHER

	}

	/**
	 * One day as deadlines see it.
	 *
	 * @param date the date
	 * @param workingDay counted by working-day deadlines
	 * @param kind what kind of day
	 * @param holiday the holiday's name
	 * @param schoolPeriod term or break
	 */
	record CalendarDay(LocalDate date, boolean workingDay, CalendarDayKind kind, @Nullable String holiday,
			SchoolPeriodKind schoolPeriod) {
	}

	/**
	 * A school year's dates to set.
	 *
	 * @param startYear the year it starts in
	 * @param start first day
	 * @param end last day
	 * @param terms terms in order
	 * @param winterBreak the winter break
	 * @param summerBreak the summer break
	 * @param idempotencyKey accepted; setting is idempotent
	 */
	record SetSchoolYearDatesInput(int startYear, LocalDate start, LocalDate end, List<Term> terms,
			@Nullable DateRange winterBreak, @Nullable DateRange summerBreak, @Nullable String idempotencyKey) {
	}

	/**
	 * A year's holiday arrangement to set.
	 *
	 * @param year the calendar year
	 * @param holidays days off
	 * @param makeUpWorkingDays weekend days worked instead
	 * @param idempotencyKey accepted; setting is idempotent
	 */
	record SetHolidayArrangementInput(int year, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays,
			@Nullable String idempotencyKey) {
	}

}
