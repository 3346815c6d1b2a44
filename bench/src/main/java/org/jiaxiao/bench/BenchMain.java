package org.jiaxiao.bench;

import java.nio.file.Path;

import org.jiaxiao.bench.report.Report;
import org.jiaxiao.bench.report.ReportWriter;

/**
 * {@code java -jar bench/target/jiaxiao-bench.jar --students 3000 --duration 60s
 * [--mongo-uri …]}: runs the benchmark and writes {@code bench/results/<date>.md} and
 * {@code .json}. See {@code bench/README.md}.
 */
public final class BenchMain {

	private BenchMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("--render")) {
			// Re-renders a run's Markdown from its JSON, e.g. after the report's layout
			// changed.
			System.out.println("Report: " + ReportWriter.render(Path.of(args[1])).toAbsolutePath());
			return;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		if (options.mongoUri() != null) {
			options = withUri(options, BenchDatabase.withDatabase(options.mongoUri()));
		}
		Report report = new BenchRun(options).run();
		Path written = ReportWriter.write(report, options.out());
		System.out.println();
		report.targets()
			.forEach((target) -> System.out.printf("%s %s: %s (target %s)%n",
					(target.met() == null) ? "–" : target.met() ? "✔" : "✘", target.name(), target.measured(),
					target.target()));
		System.out.println("Report: " + written.toAbsolutePath());
		System.exit(0);
	}

	private static BenchOptions withUri(BenchOptions o, String uri) {
		return new BenchOptions(o.students(), o.schoolSize(), o.years(), uri, o.embeddedInMemory(), o.duration(),
				o.repeats(), o.seed(), o.growthStudents(), o.growthYears(), o.ceiling(), o.scenarios(), o.out());
	}

}
