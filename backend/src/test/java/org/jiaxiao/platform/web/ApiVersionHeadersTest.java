package org.jiaxiao.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.ContractSdl;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the API names the server's and the contract's versions, and signed-in
 * staff can download the running server's schema as SDL.
 */
class ApiVersionHeadersTest extends ApiTest {

	@Test
	void graphQlAnswersNameBothVersions() throws IOException {
		this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("subject"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ viewer { username } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(ApiVersionHeaders.SERVER_VERSION, version("META-INF/build-info.properties", "build.version"))
			.expectHeader()
			.valueEquals(ApiVersionHeaders.SCHEMA_VERSION, version(ApiVersionHeaders.SCHEMA_VERSION_FILE, "version"));
	}

	@Test
	void theSchemaIsPrintedForSignedInStaffOnly() {
		this.http.get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
		String sdl = this.http.get()
			.uri("/graphql/schema")
			.header("Authorization", "Bearer " + token("analyst"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(ApiVersionHeaders.SCHEMA_VERSION)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(ContractSdl.reprint(sdl)).isEqualTo(ContractSdl.contract());
	}

	private static String version(String file, String key) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			properties.load(in);
		}
		String version = properties.getProperty(key);
		assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
		return version;
	}

}
