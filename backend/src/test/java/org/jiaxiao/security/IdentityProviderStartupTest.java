package org.jiaxiao.security;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.support.FreePort;
import org.jiaxiao.support.ManagedProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as an operator starts it, in its own JVM (the app's classes and dependencies,
 * without the tests'), listening on loopback only: it refuses to start where it would
 * hand out tokens nobody asked for, says which setting is missing, and runs the
 * development issuer when the {@code dev} profile asks for it.
 */
class IdentityProviderStartupTest {

	private static final Duration START = Duration.ofMinutes(3);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path work;

	@Test
	void prodWithoutAnIssuerRefusesToStart() throws Exception {
		Refusal refusal = refused("--spring.profiles.active=prod");
		assertThat(refusal.exitCode()).isNotZero();
		assertThat(refusal.log()).contains("APPLICATION FAILED TO START")
			.contains("prod profile")
			.contains("JIAXIAO_IDENTITY_ISSUER_URI");
	}

	@Test
	void prodRefusesTheDevelopmentIssuerEvenWhenAskedFor() throws Exception {
		Refusal refusal = refused("--spring.profiles.active=prod,dev");
		assertThat(refusal.exitCode()).isNotZero();
		assertThat(refusal.log()).contains("JIAXIAO_IDENTITY_ISSUER_URI").doesNotContain("Started JiaxiaoApplication");
	}

	@Test
	void nothingAskedForRefusesToStartNamingBothWays() throws Exception {
		Refusal refusal = refused();
		assertThat(refusal.exitCode()).isNotZero();
		assertThat(refusal.log()).contains("JIAXIAO_IDENTITY_ISSUER_URI").contains("SPRING_PROFILES_ACTIVE=dev");
	}

	@Test
	void theDevProfileHandsOutDevelopmentTokensForTheDemoSchool() throws Exception {
		int port = FreePort.find();
		ManagedProcess app = ManagedProcess.start("dev-app",
				command("--server.port=" + port, "--spring.profiles.active=dev"), this.work, this.work,
				this.work.toString(), IdentityProviderStartupTest::cleanEnvironment);
		try {
			app.awaitHttpOk(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), START);
			HttpResponse<String> token = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=homeroom"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(token.statusCode()).isEqualTo(200);
			String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			HttpResponse<String> viewer = HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + accessToken)
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { username } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(viewer.body()).startsWith("{\"data\":{\"viewer\":{\"username\":\"homeroom\"}}");
		}
		finally {
			app.stop();
		}
	}

	private Refusal refused(String... arguments) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(Arrays.asList(arguments));
		all.add("--server.port=0");
		Path log = this.work.resolve("refused.log");
		ProcessBuilder builder = new ProcessBuilder(command(all.toArray(String[]::new))).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		cleanEnvironment(builder.environment());
		Process process = builder.start();
		process.getOutputStream().close();
		if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("Still running after " + START + ":\n" + Files.readString(log));
		}
		return new Refusal(process.exitValue(), Files.readString(log));
	}

	/**
	 * {@code java -cp <the app's classpath> JiaxiaoApplication}, loopback only, memory
	 * store.
	 */
	private static List<String> command(String... arguments) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-XX:TieredStopAtLevel=1", "-cp", appClasspath(), JiaxiaoApplication.class.getName(),
						"--server.address=127.0.0.1", "--jiaxiao.embedded-mongo.in-memory=true"));
		command.addAll(List.of(arguments));
		return command;
	}

	/** Surefire's test classpath less the tests' own classes and resources. */
	private static String appClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * The operator's settings only: nothing inherited from the shell that runs the build.
	 */
	private static void cleanEnvironment(Map<String, String> environment) {
		environment.keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("JIAXIAO_"));
	}

	private record Refusal(int exitCode, String log) {
	}

}
