package org.jiaxiao.platform.sweep;

import java.util.Optional;

/**
 * The sweep the {@link SweepScheduler} runs: a feature's, so that the platform keeps the
 * schedule without knowing what the sweep does.
 */
public interface ScheduledSweep {

	/**
	 * Runs once, unless another instance holds the sweep's lease.
	 * @return what the run changed, or empty when it was skipped
	 */
	Optional<?> runIfFree();

}
