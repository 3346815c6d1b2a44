package org.jiaxiao.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.policy.OnboardingRules;

/**
 * The periods after a student's first lesson in which the learning manager owes a
 * follow-up (回访) or a growth record (成长记录): a week each for the first months
 * (第一二个月每周不少于一次), then a fortnight each (每两周不少于一次); a month each for growth records.
 * Counted in calendar days from the first lesson's day.
 */
final class FollowUpWindows {

	private FollowUpWindows() {
	}

	/**
	 * The follow-up periods that overlap [from, to]: weekly ones while they start within
	 * the weekly months, fortnightly ones after (none when the rules ask for none).
	 */
	static List<Window> followUps(LocalDate firstLesson, OnboardingRules rules, LocalDate from, LocalDate to) {
		List<Window> windows = new ArrayList<>();
		LocalDate weeklyUntil = firstLesson.plusMonths(rules.weeklyFollowUpsForMonths());
		LocalDate start = firstLesson;
		int number = 1;
		while (start.isBefore(weeklyUntil) && !start.isAfter(to)) {
			add(windows, new Window(start, start.plusWeeks(1), Period.WEEK, number++), from);
			start = start.plusWeeks(1);
		}
		if (rules.followUpsPerFortnightMin() <= 0) {
			return windows;
		}
		number = 1;
		while (!start.isAfter(to)) {
			add(windows, new Window(start, start.plusWeeks(2), Period.FORTNIGHT, number++), from);
			start = start.plusWeeks(2);
		}
		return windows;
	}

	/** The growth-record months that overlap [from, to]. */
	static List<Window> growthRecords(LocalDate firstLesson, LocalDate from, LocalDate to) {
		List<Window> windows = new ArrayList<>();
		for (int month = 0; !firstLesson.plusMonths(month).isAfter(to); month++) {
			add(windows, new Window(firstLesson.plusMonths(month), firstLesson.plusMonths(month + 1L), Period.MONTH,
					month + 1), from);
		}
		return windows;
	}

	private static void add(List<Window> windows, Window window, LocalDate from) {
		if (window.end().isAfter(from)) {
			windows.add(window);
		}
	}

	/** How long a window is. */
	enum Period {

		WEEK, FORTNIGHT, MONTH

	}

	/**
	 * Days from {@code start} to {@code end} (exclusive).
	 *
	 * @param start first day
	 * @param end the day after the last
	 * @param period a week, fortnight or month
	 * @param number 1 for the first window of its period after the first lesson
	 */
	record Window(LocalDate start, LocalDate end, Period period, int number) {

		Instant startsAt(ZoneId zone) {
			return this.start.atStartOfDay(zone).toInstant();
		}

		Instant endsAt(ZoneId zone) {
			return this.end.atStartOfDay(zone).toInstant();
		}

		/** The end of its last day. */
		Instant dueAt(ZoneId zone) {
			return WorkingDays.endOfDay(this.end.minusDays(1), zone);
		}

		LocalDate last() {
			return this.end.minusDays(1);
		}

	}

}
