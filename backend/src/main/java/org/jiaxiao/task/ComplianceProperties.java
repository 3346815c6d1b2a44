package org.jiaxiao.task;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the compliance feature that are about running it, not about a school's
 * rules (those are the policy).
 *
 * @param sweep the scheduled sweep
 */
@ConfigurationProperties("jiaxiao.compliance")
public record ComplianceProperties(@Nullable Sweep sweep) {

	public ComplianceProperties {
		sweep = (sweep != null) ? sweep : new Sweep(true, null, null, null);
	}

	/**
	 * The sweep that marks overdue tasks, creates periodic ones and reminds.
	 *
	 * @param enabled run it on a schedule (an instance that never should: false)
	 * @param interval pause between runs
	 * @param initialDelay first run after start-up
	 * @param lease how long one instance holds the sweep; another takes over after it
	 * expires (a crashed holder)
	 */
	public record Sweep(boolean enabled, @Nullable Duration interval, @Nullable Duration initialDelay,
			@Nullable Duration lease) {

		public Sweep {
			interval = (interval != null) ? interval : Duration.ofMinutes(5);
			initialDelay = (initialDelay != null) ? initialDelay : Duration.ofMinutes(1);
			lease = (lease != null) ? lease : Duration.ofMinutes(10);
		}

	}

}
