package org.jiaxiao.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.FreePort;
import org.jiaxiao.support.ManagedProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients nobody here wrote, against the packaged app in the dev profile: graphql-js's
 * standard introspection (what GraphiQL, Altair and Apollo's schema download send),
 * Apollo Client's persisted-query link, and the analysts' Python example from
 * {@code docs/examples/}. Each runs as its own bounded process, judged by its exit code
 * and output.
 */
class ApiClientsIT {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private static final long CLIENT_SECONDS = 60;

	private static ManagedProcess app;

	private static int port;

	private static Path work;

	@BeforeAll
	static void startTheApp() throws IOException {
		Path jar = Path.of(System.getProperty("jiaxiao.it.app-jar"));
		work = Files
			.createDirectories(Path.of(System.getProperty("jiaxiao.it.work-dir")).resolveSibling("api-clients"));
		port = FreePort.find();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.profiles.active=dev", "--jiaxiao.embedded-mongo.in-memory=true");
		app = ManagedProcess.start("api-clients-app", command, work, work, jar.toAbsolutePath().toString(),
				(env) -> env.keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("JIAXIAO_")));
		app.awaitHttpOk(URI.create("http://localhost:" + port + "/actuator/health/readiness"), STARTUP);
	}

	@AfterAll
	static void stopTheApp() {
		if (app != null) {
			app.stop();
		}
	}

	@Test
	void theStandardIntrospectionQueryGivesTheContract() throws Exception {
		String output = node("introspection.mjs");
		assertThat(output).containsPattern("introspection: schema equals the contract \\(\\d+ types\\), "
				+ "server \\d+\\.\\d+\\.\\d+\\S*, schema \\d+\\.\\d+\\.\\d+");
	}

	@Test
	void apolloClientLearnsADocumentOnceThenSendsItsHash() throws Exception {
		assertThat(node("apollo-apq.mjs")).contains("apollo-apq: hash → hash+text → hash");
	}

	@Test
	void thePythonExampleWritesTheAnalyticsAsCsv() throws Exception {
		Path csv = work.resolve("contacts.csv");
		Files.deleteIfExists(csv);
		Path script = frontend().resolveSibling("docs").resolve("examples").resolve("analytics_to_csv.py");
		String output = run("analytics_to_csv", frontend(), "python3", script.toString(), "--url",
				"http://localhost:" + port, "--username", "analyst", "--out", csv.toString());
		assertThat(output).containsPattern("analytics_to_csv: wrote [1-9]\\d* rows");
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("month,grade,form,contacts,students_reached,home_visits,suppressed");
		// One total line per month, whether shown or suppressed.
		assertThat(lines).anyMatch((line) -> line.matches("\\d{4}-\\d{2},ALL,ALL,.*"));
	}

	private static String node(String script) throws Exception {
		Path frontend = frontend();
		Path node = frontend.resolve("node").resolve("node");
		String executable = Files.isExecutable(node) ? node.toString() : "node";
		return run(script, frontend, executable, "scripts/api-clients/" + script);
	}

	private static String run(String name, Path directory, String... command) throws Exception {
		Path output = work.resolve(name + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("JIAXIAO_URL", "http://localhost:" + port);
		Process process = builder.start();
		process.getOutputStream().close();
		boolean finished = process.waitFor(CLIENT_SECONDS, TimeUnit.SECONDS);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(log);
		assertThat(finished).as("%s did not finish within %d s:%n%s", name, CLIENT_SECONDS, log).isTrue();
		assertThat(process.exitValue()).as("%s failed:%n%s", name, log).isZero();
		return log;
	}

	private static Path frontend() {
		return Path.of(System.getProperty("jiaxiao.it.frontend-dir")).toAbsolutePath().normalize();
	}

}
