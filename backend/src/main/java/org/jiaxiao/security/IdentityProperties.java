package org.jiaxiao.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which identity provider signs the tokens the API accepts.
 *
 * @param issuerUri the external OIDC issuer (e.g. a Keycloak realm); when empty the
 * development issuer inside the app is used
 * @param jwkSetUri where to fetch the issuer's keys when it differs from the issuer's own
 * address (e.g. inside a compose network); defaults to OIDC discovery
 * @param audience the audience every access token must carry
 * @param spaClientId the public OIDC client the SPA signs in with
 * @param usernameClaim the token claim that names the directory's staff member
 * @param devIssuer the development issuer's URL, as browsers reach the app
 * @param developmentProvider run the development issuer (sign-in page without password,
 * {@code POST /dev/token}) when no external issuer is set; off unless asked for, and
 * refused under the {@code prod} profile (see {@link IdentityProviderGuard})
 */
@ConfigurationProperties("jiaxiao.identity")
public record IdentityProperties(@Nullable String issuerUri, @Nullable String jwkSetUri, String audience,
		String spaClientId, String usernameClaim, String devIssuer, boolean developmentProvider) {

	public IdentityProperties {
		audience = orDefault(audience, "jiaxiao-api");
		spaClientId = orDefault(spaClientId, "jiaxiao-spa");
		usernameClaim = orDefault(usernameClaim, "preferred_username");
		devIssuer = orDefault(devIssuer, "http://localhost:8080");
	}

	public boolean external() {
		return this.issuerUri != null && !this.issuerUri.isBlank();
	}

	/** The issuer tokens must carry. */
	public String issuer() {
		return external() ? this.issuerUri : this.devIssuer;
	}

	private static String orDefault(@Nullable String value, String fallback) {
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
