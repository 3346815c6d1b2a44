package org.jiaxiao.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever {@code /graphql} refuses before GraphQL runs (no token, a bad token, a body
 * that is not a GraphQL request) is answered in the GraphQL error shape, so a client
 * reads one kind of error; and the challenge's links use the configured public URL,
 * whatever host the caller claims.
 */
class HttpErrorShapesTest extends ApiTest {

	private static final String VIEWER = "{\"query\":\"{ viewer { username } }\"}";

	@LocalServerPort
	private int port;

	@Value("${jiaxiao.public-url}")
	private String publicUrl;

	@Test
	void noTokenIsAnUnauthorizedGraphQlError() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches("WWW-Authenticate", "Bearer .*")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED")
			.jsonPath("$.errors[0].message")
			.isNotEmpty()
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void aBadTokenIsAnUnauthorizedGraphQlError() {
		this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer not-a-jwt")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches("WWW-Authenticate", "Bearer error=\"invalid_token\".*")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
	}

	@Test
	void malformedJsonIsABadRequestGraphQlError() {
		for (String body : new String[] { "{\"query\":", "nonsense", "[]", "{\"variables\":{}}", "" }) {
			signedIn().post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.expectBody()
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("BAD_REQUEST")
				.jsonPath("$.errors[0].message")
				.value((message) -> assertThat((String) message).contains("not a GraphQL request"))
				.jsonPath("$.status")
				.doesNotExist();
		}
	}

	@Test
	void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeGraphQlError() {
		for (String contentType : new String[] { "text/plain", "application/x-www-form-urlencoded", "text/xml" }) {
			signedIn().post()
				.uri("/graphql")
				.header("Content-Type", contentType)
				.bodyValue(VIEWER)
				.exchange()
				.expectStatus()
				.isEqualTo(415)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.expectBody()
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo("UNSUPPORTED_MEDIA_TYPE")
				.jsonPath("$.errors[0].extensions.classification")
				.isEqualTo("BAD_REQUEST")
				.jsonPath("$.errors[0].message")
				.value((message) -> assertThat((String) message).contains("application/json").contains("须为 JSON"))
				.jsonPath("$.status")
				.doesNotExist();
		}
		// The media types GraphQL takes still go through.
		for (String contentType : new String[] { "application/json;charset=UTF-8", "application/graphql" }) {
			signedIn().post()
				.uri("/graphql")
				.header("Content-Type", contentType)
				.bodyValue(VIEWER)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.viewer.username")
				.isNotEmpty();
		}
	}

	@Test
	void theGraphQlResponseMediaTypeWhenTheClientAcceptsIt() {
		signedIn().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue("{\"query\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/graphql-response+json")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void theChallengeNamesThePublicUrlNotTheCallersHost() throws IOException {
		String response = rawRequest(
				"POST /graphql HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
		assertThat(response).startsWith("HTTP/1.1 401")
			.contains("resource_metadata=\"" + this.publicUrl + "/.well-known/oauth-protected-resource\"")
			.doesNotContain("evil.example");
		this.http.post()
			.uri("/graphql")
			.header("X-Forwarded-Host", "evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectHeader()
			.valueEquals("WWW-Authenticate",
					"Bearer resource_metadata=\"" + this.publicUrl + "/.well-known/oauth-protected-resource\"");
		String metadata = rawRequest("GET /.well-known/oauth-protected-resource HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(metadata).startsWith("HTTP/1.1 200")
			.contains("\"resource\":\"" + this.publicUrl + "\"")
			.doesNotContain("evil.example");
	}

	private WebTestClient signedIn() {
		return this.http.mutate().defaultHeader("Authorization", "Bearer " + token("homeroom")).build();
	}

	/**
	 * HTTP/1.1 by hand: the JDK's client will not send a Host header of the caller's
	 * choosing.
	 */
	private String rawRequest(String request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
