package org.jiaxiao.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A class a teacher teaches; the directory's record of who may see which students. A new
 * term's timetable is entered ahead: an assignment counts from its first day to its last.
 *
 * @param classId the class
 * @param subject what is taught, e.g. 数学; "班主任" work counts as homeroom
 * @param homeroom whether the teacher is the class's homeroom teacher (班主任)
 * @param from first day it counts, or null for "since always"
 * @param until last day it counts, or null for "until further notice"
 */
public record TeachingAssignment(String classId, String subject, boolean homeroom, @Nullable LocalDate from,
		@Nullable LocalDate until) {

	@PersistenceCreator
	public TeachingAssignment {
	}

	/** An assignment with no dates: it counts every day. */
	public TeachingAssignment(String classId, String subject, boolean homeroom) {
		this(classId, subject, homeroom, null, null);
	}

	/** Whether the assignment counts on a day (both ends included). */
	public boolean activeOn(LocalDate day) {
		return (this.from == null || !day.isBefore(this.from)) && (this.until == null || !day.isAfter(this.until));
	}

}
