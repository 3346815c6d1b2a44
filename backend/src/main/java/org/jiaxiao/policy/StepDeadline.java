package org.jiaxiao.policy;

import java.time.Instant;
import java.time.ZoneId;

import org.jiaxiao.calendar.WorkingDays;

/**
 * A step's deadline as the policy states it ("within 3 days", "within 2 working days",
 * "the same working day").
 *
 * @param amount how many units (0–30; 0 only in working days)
 * @param unit the unit
 */
public record StepDeadline(int amount, DeadlineUnit unit) {

	/** The due time of a step started at {@code start}, on the school's calendar. */
	public Instant dueAt(Instant start, WorkingDays days, ZoneId zone) {
		return switch (this.unit) {
			case HOURS -> WorkingDays.hoursAfter(start, this.amount);
			case CALENDAR_DAYS -> WorkingDays.calendarDaysAfter(start, this.amount, zone);
			case WORKING_DAYS -> days.workingDaysAfter(start, this.amount, zone);
		};
	}

}
