package org.jiaxiao.security;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API as a resource server: {@code /graphql}, its printed schema
 * ({@code /graphql/schema}) and {@code /api/**} (uploads, downloads) need a valid bearer
 * token; the SPA's files, its configuration and the health check are public. Stateless,
 * so no cookies and no CSRF. A missing or bad token is answered in the GraphQL error
 * shape; the protected resource metadata names the configured public URL, not the
 * request's host.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

	/** Runs after the development issuer's chains, which claim their own paths first. */
	static final int ORDER = 10;

	@Bean
	@Order(ORDER)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, StaffAuthenticationConverter converter,
			SecurityHeaders headers, PublicUrl publicUrl, IdentityProperties identity, JsonMapper json)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/graphql", "/graphql/schema", "/api/directory-imports", "/api/directory-imports/**",
					"/api/directory-exports/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/dev/token")
			.permitAll()
			.anyRequest()
			.denyAll())
			// Each request carries its bearer token and nothing is kept in a session, so
			// there is no session to protect from fixation. The browser still sends the
			// development issuer's session cookie (same origin, path /): changing that
			// session's id on every API call, as the default fixation protection does,
			// loses the issuer's sign-in when two calls race, and the next prompt=none
			// answers login_required.
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation((fixation) -> fixation.none()))
			.csrf((csrf) -> csrf.disable())
			.headers(headers.headers())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(new GraphQlAuthenticationEntryPoint(publicUrl, json))
				.protectedResourceMetadata((metadata) -> metadata.protectedResourceMetadataCustomizer(
						(document) -> document.resource(publicUrl.base()).authorizationServer(identity.issuer()))));
		return http.build();
	}

}
