package org.jiaxiao.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development issuer is a real OIDC provider: the SPA's authorization-code flow with
 * PKCE yields an access token the API accepts, for the user picked on the sign-in page.
 * Access tokens are short-lived; the SPA renews them with a rotating refresh token, and a
 * reloaded page (which lost both, as they are held in memory) gets new ones without the
 * sign-in page while the sign-in session at the issuer lasts.
 */
class DevSignInFlowTest extends ApiTest {

	@Autowired
	private IdentityProperties identity;

	private static final String VERIFIER = "jiaxiao-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";

	@Test
	void authorizationCodeWithPkceSignsInTheChosenDemoUser() throws Exception {
		Map<String, Object> token = signIn("homeroom").tokens();
		assertThat(token).containsKeys("access_token", "id_token");

		withToken((String) token.get("access_token")).documentName("viewer")
			.execute()
			.path("viewer.username")
			.entity(String.class)
			.isEqualTo("homeroom");
	}

	@Test
	void accessTokensAreShortLivedAndComeWithARefreshToken() throws Exception {
		Map<String, Object> token = signIn("homeroom").tokens();
		assertThat(token).containsKey("refresh_token");
		assertThat(((Number) token.get("expires_in")).longValue()).isBetween(1L, 300L);
		Map<String, Object> claims = claims((String) token.get("access_token"));
		long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
		assertThat(lifetime).isEqualTo(300);
	}

	@Test
	void aRefreshTokenRenewsTheAccessTokenOnceAndIsReplaced() throws Exception {
		Map<String, Object> first = signIn("homeroom").tokens();
		String refresh = (String) first.get("refresh_token");

		Map<String, Object> renewed = refresh(refresh, "jiaxiao-spa").expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(renewed).containsKeys("access_token", "refresh_token");
		assertThat(renewed.get("access_token")).isNotEqualTo(first.get("access_token"));
		assertThat(renewed.get("refresh_token")).isNotEqualTo(refresh);
		assertThat(((Number) renewed.get("expires_in")).longValue()).isBetween(1L, 300L);
		withToken((String) renewed.get("access_token")).documentName("viewer")
			.execute()
			.path("viewer.username")
			.entity(String.class)
			.isEqualTo("homeroom");

		// Rotated: the used refresh token is worthless, so a copy of it that leaked
		// renews
		// nothing.
		refresh(refresh, "jiaxiao-spa").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_grant");
	}

	@Test
	void aRefreshTokenRenewsOnlyForTheSpaClient() throws Exception {
		String refresh = (String) signIn("homeroom").tokens().get("refresh_token");
		refresh(refresh, "someone-else").expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client");
		refresh("made-up", "jiaxiao-spa").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_grant");
		this.http.post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "refresh_token").with("refresh_token", refresh))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_request");
	}

	@Test
	void aReloadedPageGetsNewTokensSilentlyWhileTheSignInSessionLasts() throws Exception {
		SignedIn signedIn = signIn("homeroom");
		var silent = authorize(signedIn.session(), "none").expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		URI callback = silent.getResponseHeaders().getLocation();
		assertThat(callback.toString()).startsWith(redirect()).contains("code=");
		Map<String, Object> token = exchange(callback).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		assertThat(token).containsKeys("access_token", "refresh_token");

		// Without the sign-in session the same request says so instead of showing the
		// sign-in page: the SPA then shows its own sign-in button.
		var signedOut = authorize(null, "none").expectStatus().is3xxRedirection().expectBody().returnResult();
		assertThat(signedOut.getResponseHeaders().getLocation().toString()).startsWith(redirect())
			.contains("error=login_required")
			.doesNotContain("code=");
	}

	@Test
	void apiCallsLeaveTheSignInSessionOfTheIssuerAlone() throws Exception {
		// The SPA and the development issuer share an origin, so the browser sends the
		// issuer's session cookie with every API call. Those calls must not give that
		// session a new id: two of them at once would leave the browser holding an id
		// that no longer exists, and the next reload would find itself signed out.
		SignedIn signedIn = signIn("homeroom");
		var answer = this.http.post()
			.uri("/graphql")
			.cookie("JSESSIONID", signedIn.session())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + signedIn.tokens().get("access_token"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ viewer { username } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		assertThat(answer.getResponseCookies()).doesNotContainKey("JSESSIONID");

		var silent = authorize(signedIn.session(), "none").expectStatus()
			.is3xxRedirection()
			.expectBody()
			.returnResult();
		assertThat(silent.getResponseHeaders().getLocation().toString()).startsWith(redirect())
			.contains("code=")
			.doesNotContain("error=");
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

	/**
	 * The sign-in session at the issuer and the tokens of the SPA's first code exchange.
	 */
	private record SignedIn(String session, Map<String, Object> tokens) {
	}

	/**
	 * The SPA's authorization-code flow with PKCE, picking {@code username} on the
	 * sign-in page.
	 */
	private SignedIn signIn(String username) throws Exception {
		var first = authorize(null, null).expectStatus().is3xxRedirection().expectBody().returnResult();
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
		form.add("username", username);
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
		assertThat(callback.toString()).startsWith(redirect());
		Map<String, Object> tokens = exchange(callback).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return new SignedIn(newSession, tokens);
	}

	private WebTestClient.ResponseSpec authorize(@Nullable String session, @Nullable String prompt) throws Exception {
		String challenge = challenge();
		WebTestClient.RequestHeadersSpec<?> request = this.http.get()
			.uri((uri) -> uri.path("/oauth2/authorize")
				.queryParam("response_type", "code")
				.queryParam("client_id", "jiaxiao-spa")
				.queryParam("scope", "openid profile")
				.queryParam("state", "s1")
				.queryParam("redirect_uri", redirect())
				.queryParam("code_challenge", challenge)
				.queryParam("code_challenge_method", "S256")
				.queryParamIfPresent("prompt", Optional.ofNullable(prompt))
				.build())
			.accept(MediaType.TEXT_HTML);
		if (session != null) {
			request = request.cookie("JSESSIONID", session);
		}
		return request.exchange();
	}

	private WebTestClient.ResponseSpec exchange(URI callback) {
		String code = callback.getQuery().replaceAll(".*code=([^&]+).*", "$1");
		return this.http.post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "authorization_code")
				.with("code", code)
				.with("redirect_uri", redirect())
				.with("client_id", "jiaxiao-spa")
				.with("code_verifier", VERIFIER))
			.exchange();
	}

	/** The refresh grant as oidc-client-ts sends it for a public client: no secret. */
	private WebTestClient.ResponseSpec refresh(String refreshToken, String clientId) {
		return this.http.post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "refresh_token")
				.with("refresh_token", refreshToken)
				.with("client_id", clientId))
			.exchange();
	}

	private String redirect() {
		return identity().devIssuer() + "/auth/callback";
	}

	private static Map<String, Object> claims(String jwt) {
		byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
		return JsonMapper.builder().build().readValue(payload, new TypeReference<Map<String, Object>>() {
		});
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
