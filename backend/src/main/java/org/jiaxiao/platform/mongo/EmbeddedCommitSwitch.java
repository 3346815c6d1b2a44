package org.jiaxiao.platform.mongo;

/**
 * Switches the embedded store between its configured commit and H2's background commit
 * while the app runs, so that the benchmark ({@code bench/}) measures what a durable
 * acknowledgement costs, side by side and interleaved in one run. The app never uses it.
 */
public final class EmbeddedCommitSwitch {

	private final IdPinnedH2Backend backend;

	EmbeddedCommitSwitch(IdPinnedH2Backend backend) {
		this.backend = backend;
	}

	/** True: H2's background commit, replies not waiting; false: the configured mode. */
	public void commitInBackground(boolean background) {
		this.backend.commitInBackground(background);
	}

}
