package org.jiaxiao.policy;

/** How a step's deadline is counted from the step's start. */
public enum DeadlineUnit {

	/** Clock hours. */
	HOURS,
	/** Calendar days, ending at the end of the last day in the school's zone. */
	CALENDAR_DAYS,
	/**
	 * Working days on the school calendar, ending at the end of the last one; 0 is the
	 * end of the current working day (the next one when the step starts on a day off).
	 */
	WORKING_DAYS

}
