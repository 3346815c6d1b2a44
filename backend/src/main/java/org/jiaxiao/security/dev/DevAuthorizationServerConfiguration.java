package org.jiaxiao.security.dev;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.security.IdentityProperties;
import org.jiaxiao.security.SecurityHeaders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A real OIDC issuer inside the app for development: the SPA signs in with the
 * authorization-code flow and PKCE, the same code path it uses against Keycloak. Users
 * are the directory's staff; the sign-in page lists them and asks no password, so it
 * exists only when switched on explicitly and no external issuer is configured. Access
 * tokens are short-lived and the SPA renews them with a rotating refresh token (decision
 * 0020).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(DevelopmentProvider.ACTIVE)
class DevAuthorizationServerConfiguration {

	private static final RequestMatcher SILENT_AUTHORIZATION = new AndRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/oauth2/authorize"),
			(request) -> "none".equals(request.getParameter("prompt")));

	/** The only password of the development sign-in page, sent by its buttons. */
	static final String DEV_PASSWORD = "dev";

	@Bean
	@Order(1)
	SecurityFilterChain devAuthorizationServerChain(HttpSecurity http, SecurityHeaders headers,
			RegisteredClientRepository clients, JwtEncoder devJwtEncoder,
			OAuth2TokenCustomizer<JwtEncodingContext> devTokenClaims) throws Exception {
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		JwtGenerator jwts = new JwtGenerator(devJwtEncoder);
		jwts.setJwtCustomizer(devTokenClaims);
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer,
					(server) -> server.oidc(Customizer.withDefaults())
						.tokenGenerator(new DelegatingOAuth2TokenGenerator(jwts,
								PublicClientRefreshTokens.generator(Clock.systemUTC())))
						.clientAuthentication((clientAuthentication) -> clientAuthentication
							.authenticationConverter(PublicClientRefreshTokens.converter())
							.authenticationProvider(PublicClientRefreshTokens.provider(clients))))
			.headers(headers.headers())
			// A reloaded SPA asks with prompt=none whether the sign-in session
			// still exists. That request must reach the authorization endpoint
			// even when it does not, to be answered login_required (OIDC Core
			// 3.1.2.6) instead of with the sign-in page.
			// It issues no code without a signed-in user.
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SILENT_AUTHORIZATION)
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain devSignInChain(HttpSecurity http, SecurityHeaders headers, IdentityProperties identity)
			throws Exception {
		// Signing in ends in a redirect to the SPA's callback, on one of its registered
		// origins; browsers hold that redirect to the sign-in form's form-action.
		http.securityMatcher("/login", "/logout")
			.headers(headers.headers(clientOrigins(identity)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login"));
		return http.build();
	}

	@Bean
	UserDetailsService devUsers(DirectoryService directory) {
		return (username) -> directory.staffByUsername(username)
			.map((staff) -> User.withUsername(staff.username())
				.password("{noop}" + DEV_PASSWORD)
				.roles("STAFF")
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("Not in the directory"));
	}

	@Bean
	RegisteredClientRepository devClients(IdentityProperties identity, DevTokenLifetimes lifetimes) {
		List<String> origins = clientOrigins(identity);
		RegisteredClient spa = RegisteredClient
			.withId(UUID.nameUUIDFromBytes(identity.spaClientId().getBytes()).toString())
			.clientId(identity.spaClientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// Short access tokens, renewed by the SPA with a rotating refresh token it
			// keeps
			// in memory (decision 0020).
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> origins.forEach((origin) -> uris.add(origin + "/auth/callback")))
			.postLogoutRedirectUris((uris) -> origins.forEach((origin) -> uris.add(origin + "/")))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(lifetimes.access())
				.refreshTokenTimeToLive(lifetimes.refresh())
				.reuseRefreshTokens(false)
				.build())
			.build();
		return new InMemoryRegisteredClientRepository(spa);
	}

	@Bean
	AuthorizationServerSettings devAuthorizationServerSettings(IdentityProperties identity) {
		return AuthorizationServerSettings.builder().issuer(identity.devIssuer()).build();
	}

	/**
	 * Access tokens carry the API's audience and the username claim, as Keycloak's do.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> devTokenClaims(IdentityProperties identity) {
		return (context) -> {
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims()
					.audience(List.of(identity.audience()))
					.claim(identity.usernameClaim(), context.getPrincipal().getName());
			}
		};
	}

	/**
	 * Where the SPA runs: the app itself, by name or loopback address, or Vite's server.
	 */
	private static List<String> clientOrigins(IdentityProperties identity) {
		URI issuer = URI.create(identity.devIssuer());
		return List.of(identity.devIssuer(), "http://127.0.0.1:" + port(issuer), "http://localhost:5173");
	}

	private static int port(URI uri) {
		return (uri.getPort() != -1) ? uri.getPort() : 80;
	}

}
