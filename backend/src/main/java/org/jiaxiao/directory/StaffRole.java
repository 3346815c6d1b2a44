package org.jiaxiao.directory;

/** Roles a school gives its staff in the directory; tokens never grant them. */
public enum StaffRole {

	PRINCIPAL, MORAL_EDUCATION, GRADE_LEADER, HOMEROOM_TEACHER, SUBJECT_TEACHER, ANALYST,

	/** 学管师: a tutoring centre's homeroom teacher for the groups they manage. */
	LEARNING_MANAGER,

	/** 咨询师: signed the family's contract; sees the groups they are assigned to. */
	CONSULTANT,

	/** 学管主管: leads the learning managers of a campus. */
	SUPERVISOR,

	/** 校区总监: heads a campus. */
	CAMPUS_DIRECTOR,

	/** 财务部: reviews refunds; sees no family's timeline. */
	FINANCE,

	/** 总裁: approves refunds; the whole organisation. */
	PRESIDENT,

	/**
	 * 教务/信息管理员: keeps the directory of their own school or campus; sees no family's
	 * timeline unless they also hold a teaching role.
	 */
	SCHOOL_ADMIN;

	/**
	 * Roles that oversee the whole school or campus rather than the classes they teach.
	 */
	public boolean seesWholeSchool() {
		return this == PRINCIPAL || this == MORAL_EDUCATION || this == SUPERVISOR || this == CAMPUS_DIRECTOR
				|| this == PRESIDENT;
	}

}
