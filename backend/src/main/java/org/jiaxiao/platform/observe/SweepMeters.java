package org.jiaxiao.platform.observe;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The compliance sweep's meters: runs (timed, by outcome), tasks it created and tasks it
 * marked overdue. The sweep calls these instead of knowing Micrometer. Not
 * {@code tasks.created}: Prometheus reserves a {@code _created} suffix and drops it.
 */
@Component
public class SweepMeters {

	private final MeterRegistry registry;

	private final Counter created;

	private final Counter overdue;

	SweepMeters(MeterRegistry registry) {
		this.registry = registry;
		this.created = Counter.builder("jiaxiao.sweep.new.tasks")
			.description("Tasks the compliance sweep created")
			.register(registry);
		this.overdue = Counter.builder("jiaxiao.sweep.overdue.tasks")
			.description("Tasks the compliance sweep marked overdue")
			.register(registry);
	}

	/** Runs one sweep and times it, by outcome: {@code success} or {@code failure}. */
	public <T> T timeRun(Supplier<T> run) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "failure";
		try {
			T result = run.get();
			outcome = "success";
			return result;
		}
		finally {
			sample.stop(Timer.builder("jiaxiao.sweep.runs")
				.description("Compliance sweep runs")
				.tag("outcome", outcome)
				.register(this.registry));
		}
	}

	public void counted(int tasksCreated, int markedOverdue) {
		this.created.increment(tasksCreated);
		this.overdue.increment(markedOverdue);
	}

}
