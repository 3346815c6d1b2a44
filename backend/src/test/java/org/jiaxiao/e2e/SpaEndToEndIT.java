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
 * The SPA's end-to-end flows ({@code frontend/e2e/*.test.mjs}, Playwright in headless
 * Chromium) against the packaged app as a user runs it: the runnable jar with the
 * embedded MongoDB, the development sign-in and the demo school. Screenshots go to
 * {@code frontend/target/e2e/}.
 */
class SpaEndToEndIT {

	private static final Duration STARTUP = Duration.ofMinutes(3);

	private static final long RUN_MINUTES = 10;

	private static ManagedProcess app;

	private static int port;

	@BeforeAll
	static void startTheApp() throws IOException {
		Path jar = Path.of(System.getProperty("jiaxiao.it.app-jar"));
		Path work = Path.of(System.getProperty("jiaxiao.it.work-dir")).resolveSibling("spa-e2e");
		port = FreePort.find();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// The dev profile: the development sign-in the SPA's flows use, and the demo
		// school.
		List<String> command = List.of(java, "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.profiles.active=dev", "--jiaxiao.embedded-mongo.in-memory=true",
				// Access tokens short enough that one expires during the run
				// (session-tokens-flow).
				"--jiaxiao.identity.dev-tokens.access-token=40s");
		app = ManagedProcess.start("spa-app", command, Files.createDirectories(work), work,
				jar.toAbsolutePath().toString(),
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
	void theSpaFlowsPassInARealBrowser() throws IOException, InterruptedException {
		Path frontend = Path.of(System.getProperty("jiaxiao.it.frontend-dir"));
		Path output = Path.of(System.getProperty("jiaxiao.it.work-dir")).resolveSibling("spa-e2e").resolve("e2e.log");
		Path node = frontend.resolve("node");
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", "npm run e2e").directory(frontend.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		if (Files.isDirectory(node)) {
			builder.environment().put("PATH", node + ":" + System.getenv("PATH"));
		}
		builder.environment().put("JIAXIAO_URL", "http://localhost:" + port);
		Process process = builder.start();
		process.getOutputStream().close();
		boolean finished = process.waitFor(RUN_MINUTES, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String log = Files.readString(output, StandardCharsets.UTF_8);
		System.out.println(log);
		assertThat(finished).as("the e2e run did not finish within %d minutes:%n%s", RUN_MINUTES, log).isTrue();
		assertThat(process.exitValue()).as("npm run e2e failed (screenshots in frontend/target/e2e):%n%s", log)
			.isZero();
		assertThat(log).containsPattern("e2e: [1-9]\\d* passed, 0 failed");
	}

}
