package org.jiaxiao.platform.persisted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The documents shipped with the app under {@code classpath:persisted-queries/}: the
 * mobile app's {@code *.graphql} files (hash of the file's bytes) and manifests
 * {@code *.json} mapping hash to document, such as the web app's, written by its build
 * (graphql-codegen's persisted documents). A manifest whose hash does not match its
 * document stops the start: the client built with it would be refused at every request.
 */
final class RegisteredDocuments {

	private RegisteredDocuments() {
	}

	static Map<String, String> load(JsonMapper json) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, String> documents = new HashMap<>();
		try {
			for (Resource resource : resolver.getResources("classpath*:persisted-queries/*.graphql")) {
				String document = resource.getContentAsString(StandardCharsets.UTF_8);
				documents.put(sha256(document), document);
			}
			for (Resource resource : resolver.getResources("classpath*:persisted-queries/*.json")) {
				JsonNode manifest = json.readTree(resource.getContentAsByteArray());
				for (Map.Entry<String, JsonNode> entry : manifest.properties()) {
					String document = entry.getValue().asString();
					if (!sha256(document).equals(entry.getKey())) {
						throw new IllegalStateException("Persisted document " + entry.getKey() + " in " + resource
								+ " does not have that SHA-256; rebuild the client that wrote it.");
					}
					documents.put(entry.getKey(), document);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(documents);
	}

	/**
	 * The lowercase hex SHA-256 of the document's UTF-8 bytes, as Apollo APQ sends it.
	 */
	static String sha256(String document) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
