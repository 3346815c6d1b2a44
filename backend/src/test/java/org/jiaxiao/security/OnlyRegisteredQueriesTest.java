package org.jiaxiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.security.PersistedQueryTest.apq;
import static org.jiaxiao.security.PersistedQueryTest.sha256;

/**
 * With only registered documents allowed, ad-hoc documents are refused before parsing,
 * while the mobile app's documents and the web app's (registered by the SPA's build) run.
 */
@TestPropertySource(properties = "jiaxiao.graphql.persisted-queries.only-registered=true")
class OnlyRegisteredQueriesTest extends ApiTest {

	@Test
	void adHocDocumentsAreRefused() {
		post(Map.of("query", "{ viewer { id } }")).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_REGISTERED")
			.jsonPath("$.data")
			.doesNotExist();
		String document = "query Sneaky { viewer { id } }";
		post(Map.of("query", document, "extensions", apq(sha256(document)))).jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_REGISTERED");
		post(Map.of("extensions", apq(sha256(document)))).jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void registeredDocumentsWork() throws IOException {
		String document = new ClassPathResource("persisted-queries/Viewer.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		post(Map.of("extensions", apq(sha256(document)))).jsonPath("$.data.viewer.username").isEqualTo("subject");
		post(Map.of("query", document)).jsonPath("$.data.viewer.username").isEqualTo("subject");
	}

	/**
	 * Every document the SPA sends, by the hash it sends, from the manifest its build
	 * packaged: each is known (its errors, if any, are about the variables not sent
	 * here), and the viewer query answers.
	 */
	@Test
	void theWebAppsDocumentsWorkByHash() throws IOException {
		ClassPathResource manifest = new ClassPathResource("persisted-queries/persisted-documents.json");
		assertThat(manifest.exists()).as("the SPA's persisted documents, packaged by the frontend build").isTrue();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode documents = json.readTree(manifest.getContentAsByteArray());
		assertThat(documents.size()).isGreaterThan(20);
		String token = token("principal");
		boolean viewerAnswered = false;
		for (Map.Entry<String, JsonNode> document : documents.properties()) {
			String answer = this.http.post()
				.uri("/graphql")
				.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("extensions", apq(document.getKey())))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(answer).as(document.getValue().asString()).doesNotContain("PERSISTED_QUERY");
			if (document.getValue().asString().startsWith("query Viewer {")) {
				assertThat(json.readTree(answer).at("/data/viewer/username").asString()).isEqualTo("principal");
				viewerAnswered = true;
			}
		}
		assertThat(viewerAnswered).isTrue();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec post(Map<String, Object> body) {
		return this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("subject"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

}
