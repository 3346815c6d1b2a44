package org.jiaxiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.persisted.PersistedQueryProperties;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Apollo persisted-query protocol: an unknown hash asks the client for the document,
 * a document sent with its hash is learned (the hash checked) once it ran as valid
 * GraphQL, and registered documents work by hash alone. Learned documents are kept in
 * memory, within a bound, and never in the database.
 */
class PersistedQueryTest extends ApiTest {

	@Autowired
	private PersistedQueryProperties properties;

	@Autowired
	private MongoTemplate mongo;

	private String homeroom;

	private String homeroom() {
		if (this.homeroom == null) {
			this.homeroom = token("homeroom");
		}
		return this.homeroom;
	}

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
	void documentsThatDoNotParseOrValidateAreNotLearned() {
		for (String junk : new String[] { "query Junk { viewer { username ", "query Junk { viewer { noSuchField } }",
				"query Junk($x: NoSuchType) { viewer { id } }" }) {
			post(Map.of("query", junk, "extensions", apq(sha256(junk)))).jsonPath("$.errors[0].message")
				.exists()
				.jsonPath("$.data")
				.doesNotExist();
			post(Map.of("extensions", apq(sha256(junk)))).jsonPath("$.errors[0].extensions.code")
				.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		}
	}

	@Test
	void learnedDocumentsAreNotStoredInTheDatabase() {
		String document = "query NotStored { viewer { id } }";
		post(Map.of("query", document, "extensions", apq(sha256(document)))).jsonPath("$.data.viewer.id").exists();
		assertThat(this.mongo.getCollectionNames()).doesNotContain("persisted_queries");
	}

	@Test
	void endlessDistinctDocumentsStayWithinTheBound() {
		// Valid documents of 16 KB each (a comment makes each distinct and large).
		int size = 16 * 1024;
		long fits = this.properties.learnedMaxSize().toBytes() / size;
		int sent = (int) (2 * fits);
		for (int i = 0; i < sent; i++) {
			String document = distinct(i, size);
			post(Map.of("query", document, "extensions", apq(sha256(document)))).jsonPath("$.data.viewer.id").exists();
		}
		int known = 0;
		for (int i = 0; i < sent; i++) {
			String code = this.http.post()
				.uri("/graphql")
				.header("Authorization", "Bearer " + homeroom())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("extensions", apq(sha256(distinct(i, size)))))
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			known += code.contains("PERSISTED_QUERY_NOT_FOUND") ? 0 : 1;
		}
		assertThat(known).isPositive().isLessThanOrEqualTo((int) fits);
	}

	private static String distinct(int i, int size) {
		String head = "query Distinct" + i + " { viewer { id } }\n#";
		return head + "x".repeat(size - head.length());
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
			.header("Authorization", "Bearer " + homeroom())
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
