package org.jiaxiao.bench.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.load.Parity.Check;
import org.jiaxiao.bench.load.ScenarioResult;
import org.jiaxiao.bench.load.ScenarioResult.RoundTripCount;
import org.jiaxiao.bench.measure.DocumentGrowth.Growth;
import org.jiaxiao.bench.measure.SpaBundle.Spa;

/**
 * Everything one run measured, written as Markdown for people and JSON for comparing
 * runs.
 *
 * @param date when the run started (UTC)
 * @param machine where it ran
 * @param setup what it ran against
 * @param parity whether REST answered what GraphQL answered
 * @param scenarios the screens' figures
 * @param rosterBySize roster round trips for the smallest and largest class sampled
 * @param growth document sizes after years of contact
 * @param spa the SPA's first-load JavaScript
 * @param ceiling the embedded server's ceiling search, if run
 * @param targets the targets, met or not
 */
public record Report(String date, Machine machine, Setup setup, List<Check> parity, List<ScenarioResult> scenarios,
		List<RosterRoundTrips> rosterBySize, @Nullable Growth growth, Spa spa, @Nullable Ceiling ceiling,
		List<Target> targets) {

	/**
	 * @param cpus available processors ({@code nproc})
	 * @param java the JVM
	 * @param os the operating system
	 * @param maxHeapMb the JVM's maximum heap
	 * @param loadBefore the system's 1-minute load average when the run started
	 * @param loadAfter the same when it ended (others' work on the machine skews figures)
	 */
	public record Machine(int cpus, String java, String os, long maxHeapMb, double loadBefore, double loadAfter) {
	}

	/**
	 * @param backend the MongoDB used
	 * @param serverVersion the version it reports
	 * @param schools generated schools
	 * @param classes generated classes
	 * @param students generated students
	 * @param focusStudents of which focus students
	 * @param contacts contacts written
	 * @param years school years of history
	 * @param loadSeconds time to generate and write it all
	 * @param duration measuring time per scenario
	 * @param repeats interleaved repeats
	 * @param seed the generator's seed
	 * @param documentCache whether the app has a parsed-document cache to switch
	 * @param asyncSwitch whether GraphQL's answer on the request's thread could be
	 * switched to Spring's async dispatch
	 * @param observationSwitch whether Spring Boot's GraphQL observations, which the app
	 * leaves out, could be switched on
	 * @param complianceData the policy, calendar, meetings, incidents and obligations
	 * written for the compliance reports (null in runs before they existed)
	 */
	public record Setup(String backend, String serverVersion, int schools, int classes, int students, int focusStudents,
			long contacts, int years, double loadSeconds, String duration, int repeats, long seed,
			boolean documentCache, boolean asyncSwitch, boolean observationSwitch, @Nullable String complianceData) {
	}

	/**
	 * @param classId the class
	 * @param classSize its students
	 * @param graphql round trips of the GraphQL roster
	 * @param rest round trips of the REST roster
	 */
	public record RosterRoundTrips(String classId, int classSize, RoundTripCount graphql, RoundTripCount rest) {
	}

	/**
	 * @param steps one per school size tried
	 * @param ceiling the largest size whose roster and timeline stayed under the limit, 0
	 * if none
	 * @param limitMillis the p95 limit
	 * @param stoppedBecause why the search stopped
	 */
	public record Ceiling(List<CeilingStep> steps, int ceiling, double limitMillis, String stoppedBecause) {
	}

	/**
	 * @param students school size
	 * @param contacts contacts written
	 * @param loadSeconds time to write it
	 * @param rosterP95 GraphQL roster p95 at 1 client, ms
	 * @param timelineP95 GraphQL timeline first page p95 at 1 client, ms
	 * @param recordP99 GraphQL record contact p99 at 1 client, ms
	 */
	public record CeilingStep(int students, long contacts, double loadSeconds, double rosterP95, double timelineP95,
			double recordP99) {
	}

	/**
	 * @param name what is measured
	 * @param target the target
	 * @param measured what this run gave
	 * @param met true ✔, false ✘, null when not measurable in this run
	 * @param why the cause, with figures, when useful
	 */
	public record Target(String name, String target, String measured, @Nullable Boolean met, String why) {
	}

}
