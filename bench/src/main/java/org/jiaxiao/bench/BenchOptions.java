package org.jiaxiao.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The command line. Few options on purpose: the size, where MongoDB is, how long to
 * measure; everything else has a default that matches the issue's questions.
 *
 * @param students students in total (schools of {@code schoolSize} each)
 * @param schoolSize students per school
 * @param years school years of history already embedded (the app keeps two)
 * @param mongoUri a real MongoDB, or null for the embedded server
 * @param embeddedInMemory embedded server without its H2 file (the app's default is the
 * file)
 * @param duration measuring time per scenario, shared by its variants, loads and repeats
 * @param repeats interleaved repeats whose median is reported
 * @param seed the generator's seed
 * @param growthStudents students whose documents grow for {@code growthYears}
 * @param growthYears school years of heavy contact simulated for document sizes
 * @param ceiling school sizes to step through on the embedded server (empty: skip)
 * @param scenarios the scenarios to measure (empty: all), to iterate on a few quickly
 * @param out where the report goes
 */
public record BenchOptions(int students, int schoolSize, int years, @Nullable String mongoUri, boolean embeddedInMemory,
		Duration duration, int repeats, long seed, int growthStudents, int growthYears, List<Integer> ceiling,
		List<String> scenarios, Path out) {

	static final String USAGE = """
			java -jar bench/target/jiaxiao-bench.jar [options]
			  --students N         students in total (default 3000)
			  --school-size N      students per school (default 3000)
			  --years N            school years of history embedded (default 2: current and previous)
			  --mongo-uri URI      a real MongoDB (default: the embedded server, H2 file in a temp dir)
			  --embedded-in-memory the embedded server without its H2 file
			  --duration D         measuring time per scenario, e.g. 60s or 2m (default 60s)
			  --repeats N          interleaved repeats, median reported (default 3)
			  --seed N             generator seed (default 20260901)
			  --growth-students N  students simulated for document growth (default 1000)
			  --growth-years N     years of heavy contact simulated (default 5)
			  --ceiling A,B,C      embedded only: school sizes to step through (default none)
			  --scenarios A,B      only these scenarios, e.g. complianceSchool,roster (default all)
			  --out DIR            report directory (default bench/results)
			java -Djiaxiao.bench.observations=true -jar … also measures Spring Boot's GraphQL
			  observations (switched on per window; their instrumentation stays in every variant's chain)
			""";

	public static BenchOptions parse(String... args) {
		int students = 3000;
		int schoolSize = 3000;
		int years = 2;
		String mongoUri = null;
		boolean inMemory = false;
		Duration duration = Duration.ofSeconds(60);
		int repeats = 3;
		long seed = 20260901L;
		int growthStudents = 1000;
		int growthYears = 5;
		List<Integer> ceiling = List.of();
		List<String> scenarios = List.of();
		Path out = Path.of("bench", "results");
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (name.equals("--help") || name.equals("-h")) {
				throw new IllegalArgumentException(USAGE);
			}
			if (name.equals("--embedded-in-memory")) {
				inMemory = true;
				continue;
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("Missing value for " + name + "\n" + USAGE);
			}
			String value = args[++i];
			switch (name) {
				case "--students" -> students = Integer.parseInt(value);
				case "--school-size" -> schoolSize = Integer.parseInt(value);
				case "--years" -> years = Integer.parseInt(value);
				case "--mongo-uri" -> mongoUri = value;
				case "--duration" -> duration = duration(value);
				case "--repeats" -> repeats = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--growth-students" -> growthStudents = Integer.parseInt(value);
				case "--growth-years" -> growthYears = Integer.parseInt(value);
				case "--ceiling" -> ceiling = sizes(value);
				case "--scenarios" -> scenarios = List.of(value.split(","));
				case "--out" -> out = Path.of(value);
				default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
			}
		}
		return new BenchOptions(students, Math.min(schoolSize, students), years, mongoUri, inMemory, duration, repeats,
				seed, growthStudents, growthYears, ceiling, scenarios, out);
	}

	public boolean embedded() {
		return this.mongoUri == null;
	}

	/** Where the data lives, as the report names it. */
	public String backend() {
		if (!embedded()) {
			return "MongoDB at " + this.mongoUri.replaceAll("//[^@/]*@", "//***@");
		}
		return this.embeddedInMemory ? "embedded mongo-java-server (memory backend)"
				: "embedded mongo-java-server (H2 file backend, as the app runs by default)";
	}

	static Duration duration(String value) {
		String text = value.trim().toLowerCase(Locale.ROOT);
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		long amount = Long.parseLong(text.substring(0, text.length() - 1));
		return switch (text.charAt(text.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			default -> Duration.ofSeconds(Long.parseLong(text));
		};
	}

	private static List<Integer> sizes(String value) {
		List<Integer> sizes = new ArrayList<>();
		for (String part : value.split(",")) {
			sizes.add(Integer.parseInt(part.trim()));
		}
		return List.copyOf(sizes);
	}

}
