package org.jiaxiao.platform.observe;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response of {@code /graphql} names its request: the {@code X-Request-Id} header
 * and {@code extensions.requestId} agree, for answers and for every error shape. A
 * caller's id is kept when short and plain, replaced otherwise.
 */
class RequestIdTest extends ApiTest {

	private static final String VIEWER = "{\"query\":\"{ viewer { username } }\"}";

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Test
	void aWellFormedIdIsKeptInTheHeaderAndTheExtensions() {
		EntityExchangeResult<byte[]> result = post(signedIn(), "mobile-7f3a.2:retry_1", VIEWER).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.viewer.username")
			.isEqualTo("homeroom")
			.returnResult();
		assertSameId(result, (id) -> assertThat(id).isEqualTo("mobile-7f3a.2:retry_1"));
	}

	@Test
	void aMalformedOrOverlongIdIsReplaced() {
		for (String offered : new String[] { "<script>alert(1)</script>", "a b", "x".repeat(65), "id/with/slashes" }) {
			EntityExchangeResult<byte[]> result = post(signedIn(), offered, VIEWER).expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
			assertSameId(result, (id) -> assertThat(id).matches(UUID));
		}
	}

	@Test
	void withoutAnIdOneIsGeneratedPerRequest() {
		EntityExchangeResult<byte[]> first = post(signedIn(), null, VIEWER).expectBody().returnResult();
		EntityExchangeResult<byte[]> second = post(signedIn(), null, VIEWER).expectBody().returnResult();
		assertSameId(first, (id) -> assertThat(id).matches(UUID));
		assertSameId(second, (id) -> assertThat(id).matches(UUID)
			.isNotEqualTo(first.getResponseHeaders().getFirst(RequestId.HEADER)));
	}

	@Test
	void aGraphQlErrorCarriesTheId() {
		EntityExchangeResult<byte[]> result = post(signedIn(), "invalid-field-1",
				"{\"query\":\"{ viewer { noSuchField } }\"}")
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("ValidationError")
			.returnResult();
		assertSameId(result, (id) -> assertThat(id).isEqualTo("invalid-field-1"));
	}

	@Test
	void aRequestWithoutATokenCarriesTheId() {
		EntityExchangeResult<byte[]> result = post(this.http, "no-token-1", VIEWER).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED")
			.returnResult();
		assertSameId(result, (id) -> assertThat(id).isEqualTo("no-token-1"));
	}

	@Test
	void aBodyThatIsNotAGraphQlRequestCarriesTheId() {
		EntityExchangeResult<byte[]> result = post(signedIn(), "bad-body-1", "{\"query\":").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.returnResult();
		assertSameId(result, (id) -> assertThat(id).isEqualTo("bad-body-1"));
	}

	private WebTestClient signedIn() {
		return this.http.mutate().defaultHeader("Authorization", "Bearer " + token("homeroom")).build();
	}

	private static WebTestClient.ResponseSpec post(WebTestClient client, String requestId, String body) {
		return client.post().uri("/graphql").headers((headers) -> {
			if (requestId != null) {
				headers.set(RequestId.HEADER, requestId);
			}
		}).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	/** The header and the body's {@code extensions.requestId} hold the same id. */
	private static void assertSameId(EntityExchangeResult<byte[]> result, Consumer<String> id) {
		String header = result.getResponseHeaders().getFirst(RequestId.HEADER);
		id.accept(header);
		String body = new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("\"extensions\":{\"requestId\":\"" + header + "\"");
	}

}
