package org.jiaxiao.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The API accepts only tokens with a valid signature, time, issuer and audience, and
 * takes roles from the directory, never from the token.
 */
class TokenTest extends ApiTest {

	private static final String VIEWER = "{\"query\":\"{ viewer { username roles } }\"}";

	@Autowired
	private JwtEncoder devJwtEncoder;

	@Autowired
	private IdentityProperties identity;

	@Test
	void noTokenIsUnauthorized() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void badTokensAreUnauthorized() {
		Instant now = Instant.now();
		List<String> tokens = List.of("not-a-jwt", sign(this.devJwtEncoder, claims("homeroom", now).build()),
				sign(this.devJwtEncoder, claims("homeroom", now).audience(List.of("another-api")).build()),
				sign(this.devJwtEncoder, claims("homeroom", now).issuer("https://evil.example").build()),
				sign(this.devJwtEncoder,
						claims("homeroom", now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)).build()),
				sign(foreignEncoder(), claims("homeroom", now).audience(List.of(this.identity.audience())).build()));
		// In order: garbage, no audience, another audience, another issuer, expired,
		// another key.
		for (String token : tokens) {
			expectUnauthorized(token);
		}
	}

	@Test
	void aValidTokenForSomeoneOutsideTheDirectorySeesNothing() {
		Instant now = Instant.now();
		String token = sign(this.devJwtEncoder,
				claims("stranger", now).audience(List.of(this.identity.audience())).build());
		var tester = withToken(token);
		tester.document("{ viewer { username } }").execute().path("viewer").valueIsNull();
		tester.document("{ student(id: \"stu_x\") { id } }")
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	@Test
	void aRoleClaimInTheTokenGrantsNothing() {
		Instant now = Instant.now();
		String token = sign(this.devJwtEncoder,
				claims("analyst", now).audience(List.of(this.identity.audience()))
					.claim("roles", List.of("PRINCIPAL"))
					.claim("realm_access", Map.of("roles", List.of("PRINCIPAL")))
					.build());
		withToken(token).document("{ viewer { roles classes { id } } }")
			.execute()
			.path("viewer.roles")
			.entityList(String.class)
			.containsExactly("ANALYST")
			.path("viewer.classes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theDevTokenEndpointRefusesUnknownUsers() {
		this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("username=nobody")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private void expectUnauthorized(String token) {
		this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private JwtClaimsSet.Builder claims(String username, Instant issuedAt) {
		return JwtClaimsSet.builder()
			.issuer(this.identity.issuer())
			.subject(username)
			.claim("preferred_username", username)
			.issuedAt(issuedAt)
			.expiresAt(issuedAt.plusSeconds(600));
	}

	private static String sign(JwtEncoder encoder, JwtClaimsSet claims) {
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	private static JwtEncoder foreignEncoder() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID("foreign").generate();
			return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
