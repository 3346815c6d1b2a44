package org.jiaxiao.security.dev;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Refresh tokens for the SPA, a public client. Spring's authorization server issues none
 * to public clients and cannot authenticate a public client on the refresh grant (it has
 * no secret and no PKCE verifier there). Keycloak does both, so without this the SPA
 * would renew tokens one way in development and another way against Keycloak. Each
 * refresh rotates the token (the client's {@code reuseRefreshTokens} is off), so a
 * refresh token that is replayed after its tab used it is refused.
 */
final class PublicClientRefreshTokens {

	private PublicClientRefreshTokens() {
	}

	/**
	 * Reads {@code grant_type=refresh_token&client_id=…} without a secret as a public
	 * client.
	 */
	static AuthenticationConverter converter() {
		return PublicClientRefreshTokens::convert;
	}

	/** Accepts a public client on the refresh grant if it is registered for both. */
	static AuthenticationProvider provider(RegisteredClientRepository clients) {
		return new Provider(clients);
	}

	/**
	 * Issues refresh tokens to public clients that are registered for the refresh grant.
	 */
	static OAuth2TokenGenerator<OAuth2RefreshToken> generator(Clock clock) {
		return new Generator(clock);
	}

	private static @Nullable Authentication convert(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())
				|| !AuthorizationGrantType.REFRESH_TOKEN.getValue()
					.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
				|| request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
			return null;
		}
		String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
		if (clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
			throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(OAuth2ParameterNames.GRANT_TYPE, AuthorizationGrantType.REFRESH_TOKEN.getValue());
		return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, parameters);
	}

	private static final class Provider implements AuthenticationProvider {

		private final RegisteredClientRepository clients;

		Provider(RegisteredClientRepository clients) {
			this.clients = clients;
		}

		@Override
		public @Nullable Authentication authenticate(Authentication authentication) {
			OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
			if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
					|| !AuthorizationGrantType.REFRESH_TOKEN.getValue()
						.equals(request.getAdditionalParameters().get(OAuth2ParameterNames.GRANT_TYPE))) {
				// Not ours: the PKCE code exchange is left to Spring's public-client
				// provider.
				return null;
			}
			RegisteredClient client = this.clients.findByClientId(String.valueOf(request.getPrincipal()));
			if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)
					|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
				throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
			}
			// The refresh token itself is checked next, by the refresh-token grant's
			// provider:
			// it must have been issued to this client, be the current one and not be
			// expired.
			return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
		}

	}

	private static final class Generator implements OAuth2TokenGenerator<OAuth2RefreshToken> {

		// As long and as random as Spring's own refresh tokens.
		private final StringKeyGenerator keys = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(),
				96);

		private final Clock clock;

		Generator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public @Nullable OAuth2RefreshToken generate(OAuth2TokenContext context) {
			RegisteredClient client = context.getRegisteredClient();
			if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
					|| !client.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
				return null;
			}
			Instant issuedAt = this.clock.instant();
			return new OAuth2RefreshToken(this.keys.generateKey(), issuedAt,
					issuedAt.plus(client.getTokenSettings().getRefreshTokenTimeToLive()));
		}

	}

}
