package org.jiaxiao.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.support.FreePort;
import org.jiaxiao.support.ManagedProcess;

/**
 * The app as a separate process on a data directory, so that a test can kill it with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) and start it again on the same
 * data. It runs from the test classpath with the development sign-in and the demo school
 * switched on explicitly; GraphQL goes over loopback HTTP as a client's would.
 */
final class CrashedApp {

	/**
	 * What this run asks for besides its port and data: the development identity provider
	 * and the demo school, which a deployment switches on only explicitly.
	 */
	static final List<String> DEVELOPMENT_SETTINGS = List.of("--spring.profiles.active=dev",
			"--jiaxiao.compliance.sweep.enabled=false", "--spring.mongodb.uri=",
			// A number taken by a writer the crash stopped is closed this soon, so a
			// reader is not held back long after a restart.
			"--jiaxiao.sync.gap-grace=500ms", "--logging.level.root=WARN");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManagedProcess process;

	private final int port;

	private CrashedApp(ManagedProcess process, int port) {
		this.process = process;
		this.port = port;
	}

	static CrashedApp start(Path data, Path work, String name) throws IOException {
		return start(data, work, name, List.of());
	}

	/**
	 * As {@link #start(Path, Path, String)}, with {@code settings} ({@code --key=value})
	 * replacing the development settings of the same key.
	 */
	static CrashedApp start(Path data, Path work, String name, List<String> settings) throws IOException {
		int port = FreePort.find();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				JiaxiaoApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--jiaxiao.embedded-mongo.in-memory=false",
				"--jiaxiao.embedded-mongo.path=" + data.resolve("jiaxiao.mv").toAbsolutePath()));
		List<String> keys = settings.stream().map((setting) -> setting.substring(0, setting.indexOf('=') + 1)).toList();
		DEVELOPMENT_SETTINGS.stream()
			.filter((setting) -> keys.stream().noneMatch(setting::startsWith))
			.forEach(command::add);
		command.addAll(settings);
		ManagedProcess process = ManagedProcess.start(name, command, work, work, work.toAbsolutePath().toString(),
				(env) -> env.keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("JIAXIAO_")));
		CrashedApp app = new CrashedApp(process, port);
		process.awaitHttpOk(URI.create(app.base() + "/actuator/health/readiness"), Duration.ofMinutes(3));
		return app;
	}

	/** SIGKILL, no shutdown hook runs; returns once the process is gone. */
	void kill() {
		this.process.kill();
	}

	void stop() {
		this.process.stop();
	}

	String log() {
		return this.process.logTail();
	}

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	String token(String username) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/dev/token"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username))
			.build();
		return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
			.get("access_token")
			.asString();
	}

	/** Sends a GraphQL document; the whole response (data and errors). */
	JsonNode graphql(String token, String document, Map<String, Object> variables)
			throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
