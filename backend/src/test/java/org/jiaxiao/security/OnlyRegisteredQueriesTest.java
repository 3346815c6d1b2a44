package org.jiaxiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.jiaxiao.security.PersistedQueryTest.apq;
import static org.jiaxiao.security.PersistedQueryTest.sha256;

/**
 * With only registered documents allowed, ad-hoc documents are refused before parsing.
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
