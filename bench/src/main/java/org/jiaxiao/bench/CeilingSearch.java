package org.jiaxiao.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.bench.load.LoadDriver;
import org.jiaxiao.bench.load.LoadResult;
import org.jiaxiao.bench.load.Op;
import org.jiaxiao.bench.load.Scenario;
import org.jiaxiao.bench.load.Stat;
import org.jiaxiao.bench.load.Variant;
import org.jiaxiao.bench.report.Report.Ceiling;
import org.jiaxiao.bench.report.Report.CeilingStep;

/**
 * Finds the largest school the embedded server serves with the roster and the timeline
 * under 50 ms p95: one school per size, each on a fresh embedded server, GraphQL at one
 * client. Stops at the first size over the limit, or when loading a size took so long
 * that the next would not be practical.
 */
final class CeilingSearch {

	static final double LIMIT_MILLIS = 50;

	private static final Duration WINDOW = Duration.ofSeconds(2);

	private static final int REPEATS = 3;

	private static final double MAX_LOAD_SECONDS = 900;

	private CeilingSearch() {
	}

	static Ceiling run(BenchOptions options) throws Exception {
		List<CeilingStep> steps = new ArrayList<>();
		int ceiling = 0;
		String stopped = "Every size tried stayed under the limit.";
		for (int size : options.ceiling()) {
			System.out.println("Ceiling step: " + size + " students");
			CeilingStep step;
			try (BenchSession session = BenchSession.start(null, options.embeddedInMemory())) {
				session.load(options.seed(), size, size, options.years());
				List<Scenario> scenarios = session.screens.scenarios();
				double roster = p95(scenario(scenarios, "roster"));
				double timeline = p95(scenario(scenarios, "timelineFirst"));
				double record = stat(scenario(scenarios, "recordContact")).p99();
				step = new CeilingStep(size, session.contacts, session.loadSeconds, roster, timeline, record);
			}
			steps.add(step);
			System.out.printf("  roster p95 %.1f ms, timeline p95 %.1f ms, record p99 %.1f ms, loaded in %.0f s%n",
					step.rosterP95(), step.timelineP95(), step.recordP99(), step.loadSeconds());
			if (step.rosterP95() >= LIMIT_MILLIS || step.timelineP95() >= LIMIT_MILLIS) {
				stopped = "%d students went over the limit (roster p95 %.1f ms, timeline p95 %.1f ms).".formatted(size,
						step.rosterP95(), step.timelineP95());
				break;
			}
			ceiling = size;
			if (step.loadSeconds() > MAX_LOAD_SECONDS) {
				stopped = "loading %d students took %.0f s; larger sizes are not practical on the embedded server."
					.formatted(size, step.loadSeconds());
				break;
			}
		}
		return new Ceiling(steps, ceiling, LIMIT_MILLIS, stopped);
	}

	private static Scenario scenario(List<Scenario> scenarios, String key) {
		return scenarios.stream()
			.filter((scenario) -> scenario.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No scenario " + key));
	}

	private static double p95(Scenario scenario) throws InterruptedException {
		return stat(scenario).p95();
	}

	private static Stat stat(Scenario scenario) throws InterruptedException {
		Op op = scenario.ops().get(Variant.GRAPHQL);
		LoadDriver.run(op, 1, WINDOW, 0);
		List<LoadResult> results = new ArrayList<>();
		for (int i = 0; i < REPEATS; i++) {
			results.add(LoadDriver.run(op, 1, WINDOW, i + 1));
		}
		return Stat.medianOf(results);
	}

}
