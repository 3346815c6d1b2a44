package org.jiaxiao.directory;

/**
 * Whether a student is on the school's rolls. A student who left keeps their record and
 * timeline (retention) but leaves rosters, quotas and coverage.
 */
public enum StudentStatus {

	/** On the rolls (stored as no status at all). */
	ACTIVE,

	/** 转出: moved to another school. */
	TRANSFERRED,

	/** 毕业: graduated. */
	GRADUATED,

	/** 休学: suspended studies for a while. */
	SUSPENDED

}
