package org.jiaxiao.support;

import java.util.Map;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * HTTP into an app a test started itself (restarts, full disks, archives): its address, a
 * development token for a demo user, and a GraphQL tester signed in as them.
 */
public final class StartedApp {

	private StartedApp() {
	}

	public static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public static WebTestClient http(ConfigurableApplicationContext context) {
		return WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl(base(context)).build();
	}

	public static String token(ConfigurableApplicationContext context, String username) {
		Map<String, Object> token = http(context).post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", username))
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (String) token.get("access_token");
	}

	public static HttpGraphQlTester tester(ConfigurableApplicationContext context, String username) {
		return HttpGraphQlTester.builder(http(context).mutate().baseUrl(base(context) + "/graphql"))
			.header("Authorization", "Bearer " + token(context, username))
			.build();
	}

}
