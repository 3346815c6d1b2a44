package org.jiaxiao.keycloak;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clients of {@code keycloak/jiaxiao-realm.json} behave as the README and
 * docs/compose.md promise: the browser client only with PKCE S256 and never with a
 * password, scripts with a password.
 */
@ExtendWith(KeycloakStack.class)
class RealmClientsIT {

	/** 43 characters, the shortest code challenge Keycloak takes. */
	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	private final Stack stack = KeycloakStack.stack();

	@Test
	void theSpaSignsInWithPkceS256() {
		HttpResponse<String> response = authorize("&code_challenge=" + CHALLENGE + "&code_challenge_method=S256");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"kc-form-login\"");
	}

	@Test
	void theSpaCannotSignInWithoutPkceOrWithPlainPkce() {
		for (String pkce : new String[] { "", "&code_challenge=" + CHALLENGE + "&code_challenge_method=plain" }) {
			HttpResponse<String> response = authorize(pkce);
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).startsWith(redirectUri()).contains("error=invalid_request"));
		}
	}

	@Test
	void theSpaHasNoPasswordGrant() {
		HttpResponse<String> response = Http
			.postForm(URI.create(this.stack.issuer() + "/protocol/openid-connect/token"), Map.of("grant_type",
					"password", "client_id", "jiaxiao-spa", "username", "homeroom", "password", TestRealm.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response.body()).get("error").asString()).isEqualTo("unauthorized_client");
	}

	private HttpResponse<String> authorize(String pkce) {
		return Http.get(URI.create(this.stack.issuer() + "/protocol/openid-connect/auth?client_id=jiaxiao-spa"
				+ "&response_type=code&scope=openid&state=s1&redirect_uri="
				+ URLEncoder.encode(redirectUri(), StandardCharsets.UTF_8) + pkce));
	}

	private String redirectUri() {
		return this.stack.appUrl() + "/auth/callback";
	}

}
