package org.jiaxiao.sync;

/**
 * What kind of item a change concerns; the schema's {@code ChangeType}. Obligations will
 * be one more value, written by a listener to their events and resolved by one more case
 * in {@link SyncService}.
 */
public enum ChangeType {

	STUDENT, TIMELINE_ENTRY

}
