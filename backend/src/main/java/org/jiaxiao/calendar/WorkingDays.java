package org.jiaxiao.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Working days and deadlines under the official holiday arrangement: Monday to Friday
 * unless a public holiday, plus the weekend days made working days (调休上班). School breaks
 * are not days off here: the deadlines are the ones the rules state in working days (a
 * tutoring centre's file, an escalation step).
 */
public final class WorkingDays {

	/** How far a deadline may lie; guards against a calendar with no working day. */
	private static final int MAX_DAYS = 3660;

	private final Map<LocalDate, String> holidays = new HashMap<>();

	private final Set<LocalDate> makeUp = new HashSet<>();

	private WorkingDays() {
	}

	public static WorkingDays of(Collection<HolidayArrangement> arrangements) {
		WorkingDays days = new WorkingDays();
		for (HolidayArrangement arrangement : arrangements) {
			for (Holiday holiday : arrangement.holidays()) {
				for (LocalDate day = holiday.start(); !day.isAfter(holiday.end()); day = day.plusDays(1)) {
					days.holidays.put(day, holiday.name());
				}
			}
			days.makeUp.addAll(arrangement.makeUpWorkingDays());
		}
		return days;
	}

	public boolean isWorkingDay(LocalDate day) {
		if (this.makeUp.contains(day)) {
			return true;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend && !this.holidays.containsKey(day);
	}

	public boolean isMakeUpWorkingDay(LocalDate day) {
		return this.makeUp.contains(day);
	}

	/** The public holiday a day off belongs to. */
	public Optional<String> holidayOn(LocalDate day) {
		return Optional.ofNullable(this.holidays.get(day));
	}

	/**
	 * The {@code n}-th working day after {@code day} (the day itself not counted); for
	 * {@code n = 0}, the day itself if it is a working day, else the next one.
	 */
	public LocalDate addWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		LocalDate current = day;
		int left = n;
		if (left == 0) {
			for (int step = 0; !isWorkingDay(current); step++) {
				current = next(current, step);
			}
			return current;
		}
		for (int step = 0; left > 0; step++) {
			current = next(current, step);
			if (isWorkingDay(current)) {
				left--;
			}
		}
		return current;
	}

	/**
	 * A deadline {@code n} working days after an instant: the end of that working day in
	 * the school's zone.
	 */
	public Instant workingDaysAfter(Instant from, int n, ZoneId zone) {
		return endOfDay(addWorkingDays(from.atZone(zone).toLocalDate(), n), zone);
	}

	/** A deadline {@code n} calendar days after an instant: the end of that day. */
	public static Instant calendarDaysAfter(Instant from, int n, ZoneId zone) {
		return endOfDay(from.atZone(zone).toLocalDate().plusDays(n), zone);
	}

	/** A deadline in hours: the same instant {@code hours} later. */
	public static Instant hoursAfter(Instant from, int hours) {
		return from.plusSeconds(hours * 3600L);
	}

	/** The last second of a day in the school's zone: a task due "on" a day. */
	public static Instant endOfDay(LocalDate day, ZoneId zone) {
		return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
	}

	private static LocalDate next(LocalDate day, int step) {
		if (step > MAX_DAYS) {
			throw new IllegalStateException("No working day within " + MAX_DAYS + " days of " + day);
		}
		return day.plusDays(1);
	}

}
