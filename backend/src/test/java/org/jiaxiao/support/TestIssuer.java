package org.jiaxiao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An external OIDC issuer for tests that must run without the development issuer (the
 * {@code prod} profile refuses it): it publishes its public key as a JWK set on a
 * loopback port and signs access tokens shaped like Keycloak's (audience, username
 * claim). The issuer name is a constant, so a test can set it in
 * {@code @TestPropertySource}, which the app's start-up check reads; only the key's
 * address is dynamic.
 */
public final class TestIssuer {

	public static final String ISSUER = "https://idp.test/realms/jiaxiao";

	private static final TestIssuer INSTANCE = new TestIssuer();

	private final RSAKey key;

	private final JwtEncoder encoder;

	private final String jwkSetUri;

	private TestIssuer() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
			byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/certs", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			server.start();
			this.jwkSetUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/certs";
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(this.key)));
	}

	public static TestIssuer get() {
		return INSTANCE;
	}

	public String jwkSetUri() {
		return this.jwkSetUri;
	}

	/** An hour's access token for {@code username} with the API's default audience. */
	public String token(String username) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(username)
			.audience(List.of("jiaxiao-api"))
			.issuedAt(now)
			.expiresAt(now.plusSeconds(3600))
			.claim("preferred_username", username)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.key.getKeyID()).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

}
