package org.jiaxiao.directory;

/** Roles a school gives its staff in the directory; tokens never grant them. */
public enum StaffRole {

	PRINCIPAL, MORAL_EDUCATION, GRADE_LEADER, HOMEROOM_TEACHER, SUBJECT_TEACHER, ANALYST;

	/** Roles that oversee the whole school rather than the classes they teach. */
	public boolean seesWholeSchool() {
		return this == PRINCIPAL || this == MORAL_EDUCATION;
	}

}
