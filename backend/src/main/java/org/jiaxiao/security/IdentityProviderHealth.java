package org.jiaxiao.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: an app that cannot fetch its issuer's signing keys cannot accept a
 * sign-in, so it should receive no traffic. The keys are fetched as the token decoder
 * fetches them (the configured JWK-set URI, else the one in the issuer's discovery
 * document). The development issuer runs inside the app and is always UP. Not part of
 * liveness: restarting the app does not bring the issuer back.
 */
@Component("identityProviderHealthContributor")
class IdentityProviderHealth extends AbstractHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final IdentityProperties identity;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	IdentityProviderHealth(IdentityProperties identity, JsonMapper json) {
		super("The identity provider's keys could not be fetched");
		this.identity = identity;
		this.json = json;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		if (!this.identity.external()) {
			builder.up().withDetail("issuer", "development issuer inside the app");
			return;
		}
		String jwkSetUri = this.identity.jwkSetUri();
		if (jwkSetUri == null || jwkSetUri.isBlank()) {
			String discovery = this.identity.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration";
			jwkSetUri = get(discovery).path("jwks_uri").asString();
		}
		JsonNode keys = get(jwkSetUri).path("keys");
		if (!keys.isArray() || keys.isEmpty()) {
			builder.down().withDetail("error", "The issuer's key set has no keys");
			return;
		}
		builder.up().withDetail("keys", keys.size());
	}

	private JsonNode get(String uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode() + " from " + uri);
		}
		return this.json.readTree(response.body());
	}

}
