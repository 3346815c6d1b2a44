package org.jiaxiao.support;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Base of the API tests: the whole app on a random port with the {@code dev} profile (the
 * development issuer and the demo school, both asked for explicitly), and GraphQL
 * documents from {@code src/test/resources/graphql-test/} sent over HTTP with a real
 * token per demo user, as the SPA and the mobile app send them. The app's clock is a
 * {@link TestClock}: the system clock unless a test sets it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles("dev")
public abstract class ApiTest {

	@LocalServerPort
	private int port;

	protected WebTestClient http;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		MongoBackend.register(registry);
		// Tests run the sweep themselves, as of the moment they choose. A scheduled run
		// in
		// one of the cached contexts would hold the shared lease under another instance's
		// name and make a test's own run skip at random.
		registry.add("jiaxiao.compliance.sweep.enabled", () -> "false");
	}

	@BeforeEach
	protected void connect() {
		this.http = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** A GraphQL client signed in as a demo user through {@code POST /dev/token}. */
	protected HttpGraphQlTester as(String username) {
		return withToken(token(username));
	}

	protected HttpGraphQlTester withToken(String token) {
		WebTestClient.Builder client = this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql");
		return HttpGraphQlTester.builder(client).header("Authorization", "Bearer " + token).build();
	}

	protected String token(String username) {
		Map<String, Object> body = this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", username))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (String) body.get("access_token");
	}

}
