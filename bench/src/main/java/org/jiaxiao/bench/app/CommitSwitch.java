package org.jiaxiao.bench.app;

import org.jiaxiao.bench.load.CacheSwitch;
import org.jiaxiao.platform.mongo.EmbeddedCommitSwitch;

/**
 * Switches the embedded store to H2's background commit for a window (lever off), so a
 * screen is measured with and without waiting for the commit before each reply,
 * interleaved in one run.
 */
public final class CommitSwitch implements CacheSwitch {

	private final EmbeddedCommitSwitch store;

	public CommitSwitch(EmbeddedCommitSwitch store) {
		this.store = store;
	}

	@Override
	public void enabled(boolean enabled) {
		this.store.commitInBackground(!enabled);
	}

}
