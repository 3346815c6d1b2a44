package org.jiaxiao.platform.sweep;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.task.ComplianceSweep;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the compliance sweep on a schedule in every instance; the lease lets only one of
 * them work at a time. Off with {@code jiaxiao.compliance.sweep.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "jiaxiao.compliance.sweep.enabled", matchIfMissing = true)
class SweepScheduler {

	private static final Logger log = LoggerFactory.getLogger(SweepScheduler.class);

	private final ScheduledSweep sweep;

	SweepScheduler(ScheduledSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(fixedDelayString = "${jiaxiao.compliance.sweep.interval:PT5M}",
			initialDelayString = "${jiaxiao.compliance.sweep.initial-delay:PT1M}")
	void sweep() {
		try {
			this.sweep.runIfFree();
		}
		catch (RuntimeException ex) {
			// The next run tries again; every step is idempotent.
			log.warn("Compliance sweep failed: {}", ex.getMessage(), ex);
		}
	}

}
