package org.jiaxiao.keycloak;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app refuses (401) every token that Keycloak would not vouch for as an access token
 * to this API: one for another audience, an expired one, one from another realm.
 */
@ExtendWith(KeycloakStack.class)
class RejectedTokenIT {

	private static final String VIEWER = "{ viewer { username } }";

	private final Stack stack = KeycloakStack.stack();

	@Test
	void noToken() {
		assertUnauthorized(null);
	}

	@Test
	void aTokenOfTheRealmWithoutTheApiAudience() {
		// admin-cli exists in every realm and has no audience mapper for jiaxiao-api.
		String token = this.stack.passwordGrant(TestRealm.REALM, "admin-cli", "homeroom", TestRealm.PASSWORD);
		assertThat(Http.claims(token).get("iss").asString()).isEqualTo(this.stack.issuer());
		assertThat(Http.claims(token).path("aud").toString()).doesNotContain("jiaxiao-api");
		assertUnauthorized(token);
	}

	@Test
	void anExpiredToken() throws Exception {
		// A real token re-signed with the realm's key: accepted as it is, refused once
		// expired.
		JWTClaimsSet issued = JWTClaimsSet.parse(Http.claims(this.stack.token("homeroom")).toString());
		assertThat(this.stack.graphqlData(this.stack.signWithRealmKey(issued), VIEWER)
			.path("viewer")
			.path("username")
			.asString()).isEqualTo("homeroom");

		Instant anHourAgo = Instant.now().minusSeconds(3600);
		JWTClaimsSet expired = new JWTClaimsSet.Builder(issued).issueTime(Date.from(anHourAgo))
			.expirationTime(Date.from(anHourAgo.plusSeconds(300)))
			.build();
		assertUnauthorized(this.stack.signWithRealmKey(expired));
	}

	@Test
	void aTokenFromAnotherRealm() {
		String token = this.stack.passwordGrant("master", "admin-cli", "admin", this.stack.adminPassword());
		assertThat(Http.claims(token).get("iss").asString()).isEqualTo(this.stack.issuer("master"));
		assertUnauthorized(token);
	}

	private void assertUnauthorized(String token) {
		HttpResponse<String> response = this.stack.graphql(token, VIEWER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		if (token != null) {
			assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
					(challenge) -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
		}
	}

}
