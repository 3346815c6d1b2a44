package org.jiaxiao.meeting;

/** What kind of meeting a class held with its families. */
public enum MeetingKind {

	/** 家长会: a parent meeting of the class. */
	PARENT_MEETING,
	/** 家长委员会: minutes and resolutions, followed up at the next one. */
	PARENT_COMMITTEE,
	/** 开放日. */
	OPEN_DAY,
	/** 家长学校: a class parent workshop. */
	PARENT_WORKSHOP

}
