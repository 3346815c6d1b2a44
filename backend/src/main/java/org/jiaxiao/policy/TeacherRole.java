package org.jiaxiao.policy;

import org.jiaxiao.directory.StaffMember;

/** Which quota a teacher is measured against. */
public enum TeacherRole {

	/** 班主任 (also a tutoring centre's learning manager). */
	HOMEROOM,
	/** 任课教师. */
	SUBJECT;

	/** Homeroom when the teacher owns a class, subject teacher otherwise. */
	public static TeacherRole of(StaffMember teacher) {
		return teacher.assignments().stream().anyMatch((assignment) -> assignment.homeroom()) ? HOMEROOM : SUBJECT;
	}

}
