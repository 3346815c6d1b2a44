package org.jiaxiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Apollo persisted-query protocol: an unknown hash asks the client for the document,
 * a document sent with its hash is learned (the hash checked), and registered documents
 * work by hash alone.
 */
class PersistedQueryTest extends ApiTest {

	@Test
	void anUnknownHashAsksForTheDocument() {
		post(Map.of("extensions", apq(sha256("{ viewer { id } } # never sent")))).jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aDocumentSentWithItsHashIsLearnedThenUsedByHash() {
		String document = "query LearnMe { viewer { username } }";
		post(Map.of("query", document, "extensions", apq(sha256(document)))).jsonPath("$.data.viewer.username")
			.isEqualTo("homeroom");
		post(Map.of("extensions", apq(sha256(document)))).jsonPath("$.data.viewer.username").isEqualTo("homeroom");
	}

	@Test
	void aWrongHashIsRefused() {
		post(Map.of("query", "{ viewer { id } }", "extensions", apq(sha256("something else"))))
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_HASH_MISMATCH")
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void registeredDocumentsWorkByHashAlone() throws IOException {
		String document = new ClassPathResource("persisted-queries/Viewer.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		post(Map.of("extensions", apq(sha256(document)))).jsonPath("$.data.viewer.roles[0]")
			.isEqualTo("HOMEROOM_TEACHER");
	}

	protected WebTestClient.BodyContentSpec post(Map<String, Object> body) {
		return this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("homeroom"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	static Map<String, Object> apq(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
