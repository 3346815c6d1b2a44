package org.jiaxiao.policy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * When staff are reminded of their tasks in the app.
 *
 * @param hoursBefore a reminder this many hours before a task is due
 * @param quietFrom start of the quiet hours, HH:mm in the school's zone (no reminders
 * then)
 * @param quietUntil end of the quiet hours, HH:mm; before {@code quietFrom} means they
 * span midnight
 */
public record ReminderRules(int hoursBefore, String quietFrom, String quietUntil) {

	/** Whether a local time of day falls in the quiet hours. */
	public boolean quietAt(LocalTime time) {
		LocalTime from = parse(this.quietFrom);
		LocalTime until = parse(this.quietUntil);
		if (from == null || until == null || from.equals(until)) {
			return false;
		}
		return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
				: !time.isBefore(from) || time.isBefore(until);
	}

	static @Nullable LocalTime parse(String text) {
		try {
			return (text.length() == 5) ? LocalTime.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
