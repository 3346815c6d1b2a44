package org.jiaxiao.platform.sweep;

import java.time.Instant;

/**
 * Work another feature hands to the compliance sweep, so it runs on the same schedule
 * under the same lease (one instance at a time) without this feature knowing it: the
 * escalations' overdue steps, for one. Like every sweep step it must be idempotent: a
 * second run at the same moment changes nothing.
 */
public interface SweepTask {

	/**
	 * Runs the task as of {@code now}.
	 * @return how many things it changed
	 */
	int run(Instant now);

}
