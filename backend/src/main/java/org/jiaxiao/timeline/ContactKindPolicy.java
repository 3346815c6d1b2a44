package org.jiaxiao.timeline;

import java.time.Instant;

/**
 * Which kinds of contact a school's policy knows. The policy lives in a module that reads
 * the timeline, so the timeline asks through this port instead of depending on it; with
 * no implementation every kind is accepted.
 */
public interface ContactKindPolicy {

	/** Whether the school's policy in force at that time allows contacts of this kind. */
	boolean allows(String schoolId, ContactKind kind, Instant at);

}
