package org.jiaxiao.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.jiaxiao.bench.app.RoundTrips;
import org.jiaxiao.bench.load.ScenarioResult.RoundTripCount;

/**
 * Measures a scenario the way the toolchain notes say figures can be trusted on a noisy
 * two-core machine: same JVM, variants interleaved window by window, the median of
 * several repeats. Warm-up first (JIT; all screens, then each before its turn), then
 * round trips counted on quiet requests, then the windows: 1, 8 and 32 clients per
 * variant, in turn, {@code repeats} times.
 */
public final class Measurement {

	public static final List<Integer> CLIENTS = List.of(1, 8, 32);

	private static final int COUNTED_REQUESTS = 30;

	private static final Duration WARM_UP = Duration.ofSeconds(2);

	private final Duration budget;

	private final int repeats;

	private final RoundTrips app;

	private final RoundTrips raw;

	private final Map<Variant, CacheSwitch> levers;

	public Measurement(Duration budget, int repeats, RoundTrips app, RoundTrips raw, Map<Variant, CacheSwitch> levers) {
		this.budget = budget;
		this.repeats = repeats;
		this.app = app;
		this.raw = raw;
		this.levers = levers;
	}

	/**
	 * Runs every reading screen every way for a while before anything is measured, so the
	 * first screen measured does not pay for compiling the code the others share. Not the
	 * screens that write: recording contacts here added thousands of this term's contacts
	 * before the reports were measured (the school's took 693 ms instead of 371 ms); they
	 * warm up when their turn comes.
	 */
	public void warmUp(List<Scenario> scenarios) throws InterruptedException {
		for (int round = 0; round < 2; round++) {
			for (Scenario scenario : scenarios.stream().filter((s) -> !s.writes()).toList()) {
				for (Variant variant : variants(scenario, false)) {
					LoadDriver.run(scenario.ops().get(variant), 4, WARM_UP, 3);
				}
			}
		}
	}

	public ScenarioResult measure(Scenario scenario) throws Exception {
		System.out.println("  " + scenario.title());
		List<Variant> single = variants(scenario, true);
		List<Variant> loaded = variants(scenario, false);
		Duration window = this.budget.dividedBy((long) this.repeats * (single.size() + 2L * loaded.size()));
		Duration warmUp = (window.toMillis() < 1000) ? Duration.ofSeconds(1) : window;
		for (Variant variant : loaded) {
			LoadDriver.run(scenario.ops().get(variant), 8, warmUp, 1);
			LoadDriver.run(scenario.ops().get(variant), 1, warmUp, 2);
		}
		Map<Variant, RoundTripCount> roundTrips = new EnumMap<>(Variant.class);
		for (Variant variant : loaded) {
			roundTrips.put(variant, count(scenario.ops().get(variant), (variant == Variant.RAW) ? this.raw : this.app));
		}
		Map<Variant, Map<Integer, List<LoadResult>>> windows = new EnumMap<>(Variant.class);
		for (int repeat = 0; repeat < this.repeats; repeat++) {
			for (int clients : CLIENTS) {
				for (Variant variant : rotated((clients == 1) ? single : loaded, repeat)) {
					LoadResult result = window(scenario, variant, clients, window, repeat);
					windows.computeIfAbsent(variant, (v) -> new TreeMap<>())
						.computeIfAbsent(clients, (c) -> new ArrayList<>())
						.add(result);
				}
			}
		}
		Map<Variant, Map<Integer, Stat>> stats = new EnumMap<>(Variant.class);
		windows.forEach((variant, byClients) -> byClients
			.forEach((clients, results) -> stats.computeIfAbsent(variant, (v) -> new TreeMap<>())
				.put(clients, Stat.medianOf(results))));
		stats.forEach((variant, byClients) -> byClients
			.forEach((clients, stat) -> System.out.printf("    %-28s x%-2d %s%n", variant.label(), clients, stat)));
		return new ScenarioResult(scenario.key(), scenario.title(), scenario.note(), stats, roundTrips);
	}

	private LoadResult window(Scenario scenario, Variant variant, int clients, Duration window, int repeat)
			throws InterruptedException {
		CacheSwitch lever = this.levers.get(variant);
		Op op = scenario.ops().get(variant.leverOff() ? Variant.GRAPHQL : variant);
		if (lever != null) {
			lever.enabled(false);
		}
		try {
			return LoadDriver.run(op, clients, window, 100L * repeat + clients);
		}
		finally {
			if (lever != null) {
				lever.enabled(true);
			}
		}
	}

	/** Commands per request, counted over quiet sequential requests. */
	public static RoundTripCount count(Op op, RoundTrips counter) throws Exception {
		return count(op, counter, (command) -> true);
	}

	/**
	 * Commands per request, the typical (median) request counting only the commands
	 * {@code typical} accepts: the mean and the breakdown still show every command.
	 */
	public static RoundTripCount count(Op op, RoundTrips counter, Predicate<String> typical) throws Exception {
		SplittableRandom random = new SplittableRandom(7);
		Map<String, Long> sums = new TreeMap<>();
		double[] perRequest = new double[COUNTED_REQUESTS];
		for (int i = 0; i < COUNTED_REQUESTS; i++) {
			counter.reset();
			op.run(random);
			for (var entry : counter.snapshot().entrySet()) {
				sums.merge(entry.getKey(), entry.getValue(), Long::sum);
				if (typical.test(entry.getKey())) {
					perRequest[i] += entry.getValue();
				}
			}
		}
		Map<String, Double> byCommand = new LinkedHashMap<>();
		double total = 0;
		for (var entry : sums.entrySet()) {
			double mean = entry.getValue() / (double) COUNTED_REQUESTS;
			byCommand.put(entry.getKey(), mean);
			total += mean;
		}
		Arrays.sort(perRequest);
		return new RoundTripCount(total, byCommand, perRequest[COUNTED_REQUESTS / 2]);
	}

	/**
	 * The variants in a different order each repeat. The first window of a repeat follows
	 * the heaviest one (32 clients) and inherits its leftovers (garbage to collect, the
	 * database's background writes); always putting the same variant there biased it, by
	 * several milliseconds at 1 client on the roster.
	 */
	static List<Variant> rotated(List<Variant> variants, int repeat) {
		List<Variant> order = new ArrayList<>(variants);
		Collections.rotate(order, -(repeat % Math.max(1, order.size())));
		return order;
	}

	private List<Variant> variants(Scenario scenario, boolean singleClient) {
		List<Variant> variants = new ArrayList<>();
		for (Variant variant : Variant.values()) {
			boolean present = variant.leverOff()
					? singleClient && this.levers.containsKey(variant) && scenario.ops().containsKey(Variant.GRAPHQL)
					: scenario.ops().containsKey(variant);
			if (present) {
				variants.add(variant);
			}
		}
		return variants;
	}

}
