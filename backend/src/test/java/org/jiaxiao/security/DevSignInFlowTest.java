package org.jiaxiao.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development issuer is a real OIDC provider: the SPA's authorization-code flow with
 * PKCE yields an access token the API accepts, for the user picked on the sign-in page.
 */
class DevSignInFlowTest extends ApiTest {

	@Autowired
	private IdentityProperties identity;

	private static final String VERIFIER = "jiaxiao-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

	@Test
	void authorizationCodeWithPkceSignsInTheChosenDemoUser() throws Exception {
		IdentityProperties identity = identity();
		String redirect = identity.devIssuer() + "/auth/callback";
		String challenge = challenge();
		var first = this.http.get()
			.uri((uri) -> uri.path("/oauth2/authorize")
				.queryParam("response_type", "code")
				.queryParam("client_id", "jiaxiao-spa")
				.queryParam("scope", "openid profile")
				.queryParam("state", "s1")
				.queryParam("redirect_uri", redirect)
				.queryParam("code_challenge", challenge)
				.queryParam("code_challenge_method", "S256")
				.build())
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		assertThat(first.getResponseHeaders().getLocation()).hasPath("/login");
		String session = cookie(first, "JSESSIONID");

		String page = this.http.get()
			.uri("/login")
			.cookie("JSESSIONID", session)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("value=\"homeroom\"", "value=\"principal\"");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("username", "homeroom");
		form.add("password", "dev");
		form.add("_csrf", csrf.group(1));
		var signedIn = this.http.post()
			.uri("/login")
			.cookie("JSESSIONID", session)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		String newSession = cookie(signedIn, "JSESSIONID");
		URI back = signedIn.getResponseHeaders().getLocation();
		assertThat(back.toString()).contains("/oauth2/authorize");

		var authorized = this.http.get()
			.uri(back)
			.cookie("JSESSIONID", newSession)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		URI callback = authorized.getResponseHeaders().getLocation();
		assertThat(callback.toString()).startsWith(redirect);
		String code = callback.getQuery().replaceAll(".*code=([^&]+).*", "$1");

		Map<String, Object> token = this.http.post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "authorization_code")
				.with("code", code)
				.with("redirect_uri", redirect)
				.with("client_id", "jiaxiao-spa")
				.with("code_verifier", VERIFIER))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(token).containsKeys("access_token", "id_token");

		withToken((String) token.get("access_token")).documentName("viewer")
			.execute()
			.path("viewer.username")
			.entity(String.class)
			.isEqualTo("homeroom");
	}

	@Test
	void aWrongVerifierGetsNoToken() throws Exception {
		this.http.post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "authorization_code")
				.with("code", "made-up")
				.with("redirect_uri", identity().devIssuer() + "/auth/callback")
				.with("client_id", "jiaxiao-spa")
				.with("code_verifier", "wrong"))
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private IdentityProperties identity() {
		return this.identity;
	}

	private static String challenge() throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

	private static String cookie(EntityExchangeResult<?> result, String name) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(name);
		assertThat(cookie).as("cookie " + name + " in " + result.getResponseHeaders().get(HttpHeaders.SET_COOKIE))
			.isNotNull();
		return cookie.getValue();
	}

}
