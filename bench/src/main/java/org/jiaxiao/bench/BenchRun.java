package org.jiaxiao.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.data.Population;
import org.jiaxiao.bench.load.CacheSwitch;
import org.jiaxiao.bench.load.Measurement;
import org.jiaxiao.bench.load.Parity;
import org.jiaxiao.bench.load.Parity.Check;
import org.jiaxiao.bench.load.Samples.ClassSample;
import org.jiaxiao.bench.load.Scenario;
import org.jiaxiao.bench.load.ScenarioResult;
import org.jiaxiao.bench.load.Variant;
import org.jiaxiao.bench.measure.CollectionSizes;
import org.jiaxiao.bench.measure.DocumentGrowth;
import org.jiaxiao.bench.measure.DocumentGrowth.Growth;
import org.jiaxiao.bench.measure.SpaBundle;
import org.jiaxiao.bench.measure.SpaBundle.Spa;
import org.jiaxiao.bench.report.Report;
import org.jiaxiao.bench.report.Report.Ceiling;
import org.jiaxiao.bench.report.Report.Machine;
import org.jiaxiao.bench.report.Report.RosterRoundTrips;
import org.jiaxiao.bench.report.Report.Setup;
import org.jiaxiao.bench.report.Targets;

/**
 * One benchmark run, in the order that keeps measurements clean: load the school, check
 * REST answers what GraphQL answers, measure the screens, and only then grow a separate
 * school's documents over years (which adds data the screens would otherwise scan on the
 * embedded server); the ceiling search last, on servers of its own.
 */
final class BenchRun {

	private final BenchOptions options;

	BenchRun(BenchOptions options) {
		this.options = options;
	}

	Report run() throws Exception {
		String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.println("Jiaxiao benchmark: " + this.options.students() + " students on " + this.options.backend());
		List<Check> parity;
		List<ScenarioResult> results = new ArrayList<>();
		List<RosterRoundTrips> rosterBySize;
		@Nullable Growth growth;
		Setup setup;
		try (BenchSession session = BenchSession.start(this.options.mongoUri(), this.options.embeddedInMemory())) {
			System.out.println("Loading data…");
			session.load(this.options.seed(), this.options.students(), this.options.schoolSize(), this.options.years());
			System.out.println("Collection sizes after loading (BSON, indexes not counted):");
			CollectionSizes.measure(session.app.mongo()).forEach((size) -> System.out.println("  " + size));
			parity = Parity.check(session.screens, session.samples);
			parity.forEach((check) -> System.out.println("  same answer " + check));
			rosterBySize = rosterBySize(session);
			var cacheSwitch = session.app.cacheSwitch();
			var asyncSwitch = session.app.asyncSwitch();
			Map<Variant, CacheSwitch> levers = new EnumMap<>(Variant.class);
			if (cacheSwitch != null) {
				levers.put(Variant.GRAPHQL_UNCACHED, cacheSwitch);
			}
			if (asyncSwitch != null) {
				levers.put(Variant.GRAPHQL_ASYNC, asyncSwitch);
			}
			var observationSwitch = session.app.observationSwitch();
			if (observationSwitch != null) {
				levers.put(Variant.GRAPHQL_OBSERVED, observationSwitch);
			}
			var commitSwitch = session.app.commitSwitch();
			if (commitSwitch != null) {
				levers.put(Variant.GRAPHQL_BACKGROUND_COMMIT, commitSwitch);
			}
			Measurement measurement = new Measurement(this.options.duration(), this.options.repeats(),
					session.app.roundTrips(), session.raw.roundTrips(), levers);
			List<Scenario> scenarios = session.screens.scenarios()
				.stream()
				.filter((s) -> this.options.scenarios().isEmpty() || this.options.scenarios().contains(s.key()))
				.toList();
			System.out.println("Warming up…");
			measurement.warmUp(scenarios);
			System.out.println("Measuring screens…");
			for (Scenario scenario : scenarios) {
				results.add(measurement.measure(scenario));
			}
			growth = null;
			if (this.options.growthStudents() > 0) {
				System.out.println("Growing " + this.options.growthStudents() + " students' documents over "
						+ this.options.growthYears() + " years…");
				growth = DocumentGrowth.measure(session.app.mongo(), session.loader, session.app.archiver(),
						this.options.seed(), this.options.growthStudents(), this.options.growthYears(),
						session.schoolYear, session.now, !this.options.embedded());
			}
			setup = setup(session, cacheSwitch != null, asyncSwitch != null, observationSwitch != null);
		}
		Spa spa = SpaBundle.measure();
		Ceiling ceiling = null;
		if (!this.options.ceiling().isEmpty() && this.options.embedded()) {
			ceiling = CeilingSearch.run(this.options);
		}
		var targets = Targets.evaluate(results, rosterBySize, growth, spa, ceiling, this.options.schoolSize(),
				this.options.embedded());
		Runtime runtime = Runtime.getRuntime();
		Machine machine = new Machine(runtime.availableProcessors(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch"), runtime.maxMemory() >> 20,
				loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		return new Report(date, machine, setup, parity, results, rosterBySize, growth, spa, ceiling, targets);
	}

	/**
	 * Roster round trips for the smallest and the largest class sampled; the typical
	 * request counts the reads (the audit writer's insert lands in one request's count or
	 * the next).
	 */
	private List<RosterRoundTrips> rosterBySize(BenchSession session) throws Exception {
		List<ClassSample> bySize = session.samples.classes()
			.stream()
			.sorted(Comparator.comparingInt((ClassSample c) -> c.students().size()))
			.toList();
		List<RosterRoundTrips> counts = new ArrayList<>();
		for (ClassSample c : List.of(bySize.get(0), bySize.get(bySize.size() - 1))) {
			var graphql = Measurement.count((random) -> session.screens.rosterGraphQl(c), session.app.roundTrips(),
					Targets::isRead);
			var rest = Measurement.count((random) -> session.screens.rosterRest(c), session.app.roundTrips(),
					Targets::isRead);
			counts.add(new RosterRoundTrips(c.classId(), c.students().size(), graphql, rest));
		}
		return counts;
	}

	private Setup setup(BenchSession session, boolean documentCache, boolean asyncSwitch, boolean observationSwitch) {
		Population population = session.population;
		return new Setup(this.options.backend(), session.serverVersion(), population.schools().size(),
				population.classes().size(), population.students().size(), population.focusStudents().size(),
				session.contacts, this.options.years(), session.loadSeconds, this.options.duration().toString(),
				this.options.repeats(), this.options.seed(), documentCache, asyncSwitch, observationSwitch,
				session.complianceData);
	}

}
