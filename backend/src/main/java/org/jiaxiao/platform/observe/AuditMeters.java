package org.jiaxiao.platform.observe;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Audit events are inserted by the request that records them (no queue to watch), so what
 * operations need is how long those inserts take and how many fail: a failed insert fails
 * its request.
 */
@Component
public class AuditMeters {

	private final Timer stored;

	private final Timer failed;

	AuditMeters(MeterRegistry registry) {
		this.stored = timer(registry, "success");
		this.failed = timer(registry, "failure");
	}

	public void insert(Runnable insert) {
		long start = System.nanoTime();
		boolean done = false;
		try {
			insert.run();
			done = true;
		}
		finally {
			long nanos = System.nanoTime() - start;
			(done ? this.stored : this.failed).record(nanos, TimeUnit.NANOSECONDS);
		}
	}

	private static Timer timer(MeterRegistry registry, String outcome) {
		return Timer.builder("jiaxiao.audit.writes")
			.description("Audit event inserts, by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

}
