package org.jiaxiao.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API as a resource server: {@code /graphql} needs a valid bearer token; the SPA's
 * files, its configuration and the health check are public. Stateless, so no cookies and
 * no CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

	/** Runs after the development issuer's chains, which claim their own paths first. */
	static final int ORDER = 10;

	@Bean
	@Order(ORDER)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, StaffAuthenticationConverter converter)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/graphql")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/dev/token")
			.permitAll()
			.anyRequest()
			.denyAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(converter)));
		return http.build();
	}

}
