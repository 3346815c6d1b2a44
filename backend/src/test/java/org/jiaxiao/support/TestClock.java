package org.jiaxiao.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * The app's clock in the API tests: the system clock unless a test sets it to a moment of
 * its choosing (a Friday before a holiday, say), so rules about "now" can be tested at a
 * fixed time. Tokens are validated against the system clock, so a test takes its tokens
 * before it sets the time and resets it when done.
 */
public final class TestClock extends Clock {

	private volatile @Nullable Instant fixed;

	/** Sets "now" until {@link #reset()}. */
	public void set(Instant now) {
		this.fixed = now;
	}

	/** Back to the system clock. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant now = this.fixed;
		return (now != null) ? now : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

}
