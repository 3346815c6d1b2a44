package org.jiaxiao.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.bench.load.Measurement;
import org.jiaxiao.bench.load.Parity.Check;
import org.jiaxiao.bench.load.ScenarioResult;
import org.jiaxiao.bench.load.ScenarioResult.RoundTripCount;
import org.jiaxiao.bench.load.Stat;
import org.jiaxiao.bench.load.Variant;
import org.jiaxiao.bench.measure.DocumentGrowth.Growth;
import org.jiaxiao.bench.measure.DocumentGrowth.Sizes;
import org.jiaxiao.bench.measure.DocumentGrowth.YearRow;
import org.jiaxiao.bench.report.Report.Ceiling;
import org.jiaxiao.bench.report.Report.CeilingStep;
import org.jiaxiao.bench.report.Report.RosterRoundTrips;
import org.jiaxiao.bench.report.Report.Target;

import static org.jiaxiao.bench.report.Targets.fmt;
import static org.jiaxiao.bench.report.Targets.kb;

/**
 * Writes {@code <date>.md} and {@code <date>.json}. The Markdown leads with the targets,
 * then the figures behind them, then what cannot be measured yet and why.
 */
public final class ReportWriter {

	private ReportWriter() {
	}

	public static Path write(Report report, Path dir) throws IOException {
		Files.createDirectories(dir);
		String name = report.date().replace(':', '-');
		Path markdown = dir.resolve(name + ".md");
		Files.writeString(markdown, markdown(report), StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(dir.resolve(name + ".json"), json.writeValueAsString(report), StandardCharsets.UTF_8);
		return markdown;
	}

	/** Writes {@code <name>.md} next to {@code <name>.json} from the JSON alone. */
	public static Path render(Path json) throws IOException {
		Report report = JsonMapper.builder().build().readValue(json.toFile(), Report.class);
		Path markdown = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "") + ".md");
		Files.writeString(markdown, markdown(report), StandardCharsets.UTF_8);
		return markdown;
	}

	static String markdown(Report report) {
		StringBuilder md = new StringBuilder();
		var setup = report.setup();
		var machine = report.machine();
		md.append("# Jiaxiao benchmark, ").append(report.date()).append("\n\n");
		md.append("- Machine: ")
			.append(machine.cpus())
			.append(" CPUs (nproc), ")
			.append(machine.java())
			.append(", max heap ")
			.append(machine.maxHeapMb())
			.append(" MB, ")
			.append(machine.os())
			.append("; app, load driver and database share it; load average %.1f at the start, %.1f at the end.\n"
				.formatted(machine.loadBefore(), machine.loadAfter()));
		md.append("- Database: ").append(setup.backend()).append(", server version ").append(setup.serverVersion());
		md.append(
				"\n- Data: %d school(s), %d classes, %d students (%d focus), %d contacts over %d school year(s), written in %.0f s (%.0f contacts/s)\n"
					.formatted(setup.schools(), setup.classes(), setup.students(), setup.focusStudents(),
							setup.contacts(), setup.years(), setup.loadSeconds(),
							setup.contacts() / Math.max(0.001, setup.loadSeconds())));
		if (setup.complianceData() != null) {
			md.append("- Compliance data: ").append(setup.complianceData()).append("\n");
		}
		md.append(
				"- Measuring: %s per scenario, variants interleaved window by window, median of %d repeats; clients %s on loopback; parsed-document cache: %s%s%s\n\n"
					.formatted(setup.duration(), setup.repeats(), Measurement.CLIENTS, setup
						.documentCache() ? "present (also measured switched off)" : "none", setup.asyncSwitch()
								? "; GraphQL answered on the request's thread (also measured through Spring's async dispatch)"
								: "",
							setup.observationSwitch()
									? "; no GraphQL observations (also measured with Spring Boot's default ones)"
									: ""));
		targets(md, report.targets());
		scenarios(md, report.scenarios());
		roundTrips(md, report.scenarios(), report.rosterBySize());
		parity(md, report.parity());
		notYet(md);
		growth(md, report.growth());
		md.append("\n## SPA first load\n\n");
		var spa = report.spa();
		md.append(spa.built() ? "%s gzip (%s raw) in %d files named by index.html (%s), read from %s.\n".formatted(
				kb(spa.gzipBytes()), kb(spa.rawBytes()), spa.files().size(), String.join(", ", spa.files()),
				spa.source()) : spa.source() + "\n");
		ceiling(md, report.ceiling());
		return md.toString();
	}

	private static void targets(StringBuilder md, List<Target> targets) {
		md.append("## Targets\n\n| | target | measured | why / note |\n|---|---|---|---|\n");
		for (Target target : targets) {
			String mark = (target.met() == null) ? "–" : target.met() ? "✔" : "✘";
			md.append("| %s %s | %s | %s | %s |\n".formatted(mark, target.name(), target.target(), target.measured(),
					target.why()));
		}
	}

	private static void scenarios(StringBuilder md, List<ScenarioResult> scenarios) {
		md.append("\n## Screens\n\nLatency in ms at 1 client; throughput in requests/s at 1, 8 and 32 clients; ")
			.append("round trips = MongoDB commands per request.\n\n")
			.append("| screen | variant | p50 | p95 | p99 | CPU ms/req | request thread CPU ms/req | req/s ×1 | ×8 | ×32 "
					+ "| round trips |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (ScenarioResult scenario : scenarios) {
			for (Variant variant : Variant.values()) {
				Stat one = scenario.stat(variant, 1);
				if (one == null) {
					continue;
				}
				RoundTripCount trips = scenario.roundTrips().get(variant.leverOff() ? Variant.GRAPHQL : variant);
				md.append("| %s | %s | %.2f | %.2f | %.2f | %.2f | %s | %.0f | %s | %s | %s |\n".formatted(
						scenario.key(), variant.label(), one.p50(), one.p95(), one.p99(), one.cpuPerRequest(),
						(one.requestCpuPerRequest() > 0) ? "%.3f".formatted(one.requestCpuPerRequest()) : "–",
						one.throughput(), rate(scenario.stat(variant, 8)), rate(scenario.stat(variant, 32)),
						(trips != null) ? fmt(trips.perRequest()) : ""));
			}
		}
		md.append("\n| screen | GraphQL/REST p50 | GraphQL − REST p50 | GraphQL/REST CPU | GraphQL − REST CPU "
				+ "| GraphQL − REST request thread CPU | GraphQL/raw p50 | GraphQL/REST req/s ×8 | ×32 |\n")
			.append("|---|---|---|---|---|---|---|---|---|\n");
		for (ScenarioResult s : scenarios) {
			Stat g = s.stat(Variant.GRAPHQL, 1);
			Stat r = s.stat(Variant.REST, 1);
			Stat raw = s.stat(Variant.RAW, 1);
			md.append("| %s | %.2f× | %+.2f ms | %.2f× | %+.2f ms | %+.3f ms (%.2f×) | %s | %.2f× | %.2f× |\n"
				.formatted(s.key(), g.p50() / r.p50(), g.p50() - r.p50(), g.cpuPerRequest() / r.cpuPerRequest(),
						g.cpuPerRequest() - r.cpuPerRequest(), g.requestCpuPerRequest() - r.requestCpuPerRequest(),
						g.requestCpuPerRequest() / r.requestCpuPerRequest(),
						(raw != null) ? "%.1f×".formatted(g.p50() / raw.p50()) : "not measured",
						s.stat(Variant.GRAPHQL, 8).throughput() / s.stat(Variant.REST, 8).throughput(),
						s.stat(Variant.GRAPHQL, 32).throughput() / s.stat(Variant.REST, 32).throughput()));
		}
		md.append("\n");
		for (ScenarioResult s : scenarios) {
			md.append("- ").append(s.key()).append(": ").append(s.title()).append(". ").append(s.note()).append("\n");
		}
	}

	private static String rate(Stat stat) {
		return (stat != null) ? "%.0f".formatted(stat.throughput()) : "";
	}

	private static void roundTrips(StringBuilder md, List<ScenarioResult> scenarios, List<RosterRoundTrips> bySize) {
		md.append(
				"\n## Round trips by command\n\n| screen | variant | per request | by command |\n|---|---|---|---|\n");
		for (ScenarioResult s : scenarios) {
			s.roundTrips()
				.forEach((variant, count) -> md.append("| %s | %s | %s | %s |\n".formatted(s.key(), variant.label(),
						fmt(count.perRequest()), Targets.breakdown(count))));
		}
		for (RosterRoundTrips size : bySize) {
			md.append("| roster, class of %d | GraphQL / REST | %s / %s | %s |\n".formatted(size.classSize(),
					fmt(size.graphql().perRequest()), fmt(size.rest().perRequest()),
					Targets.breakdown(size.graphql())));
		}
	}

	private static void parity(StringBuilder md, List<Check> checks) {
		md.append("\n## Same answers\n\nREST must answer what GraphQL answers, or the comparison means nothing.\n\n");
		for (Check check : checks) {
			md.append("- %s %s: %s\n".formatted(check.same() ? "✔" : "✘", check.screen(), check.detail()));
		}
	}

	private static void notYet(StringBuilder md) {
		md.append("\n## Not yet measurable\n\n")
			.append("- Compliance reports against the raw driver: the report is four aggregations and a few finds ")
			.append("the app builds from the policy and the calendar; a driver-only copy would send the same ")
			.append("commands without the app's mapping, so the floor is left out (REST shows what GraphQL adds).\n")
			.append("- A whole-school contacts list: the `contacts` query takes a class or a grade; a grade's list ")
			.append("is measured above (gradeContacts).\n")
			.append("- The roster's open tasks are asked for and counted (one query per page), but the generated ")
			.append("data has no tasks yet: every count is 0, so the query's cost is that of finding none.\n");
	}

	private static void growth(StringBuilder md, Growth growth) {
		md.append("\n## Student documents over the years\n\n");
		if (growth == null) {
			md.append("Not measured.\n");
			return;
		}
		md.append("%d students (%d focus) with %d complete school years of contact (%d contacts), measured by %s. "
			.formatted(growth.students(), growth.focusStudents(), growth.years(), growth.contacts(), growth.method()))
			.append("Each row keeps only the last k school years embedded: the last row is what a document holds ")
			.append("when nothing is archived.\n\n")
			.append("| years embedded | p50 | p99 | max | entries p50 / p99 / max | focus p50 | focus p99 | focus max |\n")
			.append("|---|---|---|---|---|---|---|---|\n");
		for (YearRow row : growth.byYears()) {
			Sizes all = row.all();
			Sizes focus = row.focus();
			md.append("| %d | %s | %s | %s | %d / %d / %d | %s | %s | %s |\n".formatted(row.years(), kb(all.p50()),
					kb(all.p99()), kb(all.max()), all.entriesP50(), all.entriesP99(), all.entriesMax(), kb(focus.p50()),
					kb(focus.p99()), kb(focus.max())));
		}
		var archived = growth.archived();
		md.append("\nAfter the app's archive (issue #4) ran as on the last day of the latest school year ")
			.append("(that year and the one before stay embedded): %d students' older entries moved to %d "
				.formatted(archived.studentsMoved(), archived.archiveDocuments()))
			.append("`timeline_archive` documents; student documents p50 %s, p99 %s, max %s "
				.formatted(kb(archived.all().p50()), kb(archived.all().p99()), kb(archived.all().max())))
			.append("(focus students p99 %s, max %s; %d entries at most).\n".formatted(kb(archived.focus().p99()),
					kb(archived.focus().max()), archived.all().entriesMax()));
		if (growth.serverSizes() != null) {
			Sizes server = growth.serverSizes();
			md.append("\nThe server's own `$bsonSize`: p50 %s, p99 %s, max %s.\n".formatted(kb(server.p50()),
					kb(server.p99()), kb(server.max())));
		}
	}

	private static void ceiling(StringBuilder md, Ceiling ceiling) {
		md.append("\n## Embedded server ceiling\n\n");
		if (ceiling == null) {
			md.append("Not run (`--ceiling 1000,3000,10000,…` on the embedded server).\n");
			return;
		}
		md.append(
				"GraphQL at 1 client, p95 limit %.0f ms, one school per size, fresh embedded server (H2 file) each step.\n\n"
					.formatted(ceiling.limitMillis()))
			.append("| students | contacts | load time | roster p95 | timeline p95 | record contact p99 |\n")
			.append("|---|---|---|---|---|---|\n");
		for (CeilingStep step : ceiling.steps()) {
			md.append("| %d | %d | %.0f s | %.1f ms | %.1f ms | %.1f ms |\n".formatted(step.students(), step.contacts(),
					step.loadSeconds(), step.rosterP95(), step.timelineP95(), step.recordP99()));
		}
		md.append("\nCeiling: **%s**. %s\n".formatted(
				(ceiling.ceiling() > 0) ? ceiling.ceiling() + " students" : "below the smallest size tried",
				ceiling.stoppedBecause()));
	}

}
