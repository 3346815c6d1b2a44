package org.jiaxiao.platform.observe;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.JiaxiaoApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code jiaxiao.log.format=json} each console line is one JSON object, and every
 * line written while a request is handled names its request id. The app is started here
 * rather than taken from the test context cache: the logging system is one per JVM and
 * belongs to the app started last.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogTest {

	@Test
	void everyLineOfARequestCarriesItsId(CapturedOutput output) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JiaxiaoApplication.class).run(
				"--server.port=0", "--spring.profiles.active=dev", "--jiaxiao.embedded-mongo.in-memory=true",
				"--spring.mongodb.uri=", "--jiaxiao.compliance.sweep.enabled=false", "--jiaxiao.log.format=json",
				// DispatcherServlet logs each request at DEBUG: lines known to be written
				// inside the request.
				"--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG")) {
			WebTestClient http = WebTestClient.bindToServer(new JdkClientHttpConnector())
				.baseUrl("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort())
				.build();
			Map<String, Object> token = http.post()
				.uri("/dev/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("username", "homeroom"))
				.exchange()
				.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.returnResult()
				.getResponseBody();
			http.post()
				.uri("/graphql")
				.header(RequestId.HEADER, "logged-request-42")
				.header("Authorization", "Bearer " + token.get("access_token"))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\":\"{ viewer { username } }\"}")
				.exchange()
				.expectStatus()
				.isOk();
		}
		JsonMapper json = JsonMapper.builder().build();
		List<String> lines = output.getOut().lines().filter((line) -> line.startsWith("{")).toList();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(json.readTree(line).has("message")).isTrue());
		List<JsonNode> requestLines = lines.stream()
			.map(json::readTree)
			.filter((line) -> "org.springframework.web.servlet.DispatcherServlet"
				.equals(line.path("log").path("logger").asString("")))
			.filter((line) -> line.path("message").asString("").contains("/graphql"))
			.toList();
		assertThat(requestLines).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.path("requestId").asString("")).isEqualTo("logged-request-42"));
	}

}
