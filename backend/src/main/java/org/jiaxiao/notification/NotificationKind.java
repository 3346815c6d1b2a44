package org.jiaxiao.notification;

/** Why a staff member is notified. */
public enum NotificationKind {

	/** A task falls due soon. */
	REMINDER,
	/** A task is past due. */
	OVERDUE

}
