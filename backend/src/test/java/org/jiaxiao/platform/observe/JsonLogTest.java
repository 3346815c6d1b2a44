package org.jiaxiao.platform.observe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.support.FreePort;
import org.jiaxiao.support.ManagedProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code jiaxiao.log.format=json} each console line is one JSON object, and every
 * line written while a request is handled names its request id. The app runs as its own
 * process: the logging system is one per JVM, already set up by the other tests' apps.
 */
class JsonLogTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path work;

	@Test
	void everyLineOfARequestCarriesItsId() throws IOException, InterruptedException {
		int port = FreePort.find();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				JiaxiaoApplication.class.getName(), "--server.port=" + port, "--server.address=127.0.0.1",
				"--spring.profiles.active=dev", "--spring.mongodb.uri=", "--jiaxiao.embedded-mongo.in-memory=true",
				"--jiaxiao.compliance.sweep.enabled=false", "--jiaxiao.log.format=json",
				// DispatcherServlet logs each request at DEBUG: lines known to be written
				// inside a request.
				"--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"));
		ManagedProcess app = ManagedProcess.start("json-log-app", command, this.work, this.work,
				this.work.toAbsolutePath().toString(),
				(env) -> env.keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("JIAXIAO_")));
		String base = "http://127.0.0.1:" + port;
		try {
			app.awaitHttpOk(URI.create(base + "/readyz"), Duration.ofMinutes(3));
			String token = JSON
				.readTree(send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=homeroom"))).body())
				.get("access_token")
				.asString();
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.header(RequestId.HEADER, "logged-request-42")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { username } }\"}")));
			assertThat(response.statusCode()).isEqualTo(200);
		}
		finally {
			app.stop();
		}

		List<String> lines = Files.readAllLines(this.work.resolve("json-log-app.log"))
			.stream()
			.filter((line) -> line.startsWith("{"))
			.toList();
		assertThat(lines).hasSizeGreaterThan(10);
		List<JsonNode> logged = lines.stream().map(JSON::readTree).toList();
		assertThat(logged).allSatisfy((line) -> assertThat(line.has("message")).isTrue());
		List<JsonNode> requestLines = logged.stream()
			.filter((line) -> line.path("message").asString("").startsWith("POST \"/graphql\""))
			.toList();
		assertThat(requestLines)
			.as("DispatcherServlet lines: %s",
					lines.stream().filter((line) -> line.contains("DispatcherServlet")).toList())
			.isNotEmpty()
			.allSatisfy((line) -> assertThat(line.path("requestId").asString("")).isEqualTo("logged-request-42"));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
