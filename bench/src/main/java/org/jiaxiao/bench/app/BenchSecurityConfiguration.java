package org.jiaxiao.bench.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST baseline pays what {@code /graphql} pays: a bearer token validated by the same
 * decoder and mapped to the same staff member by the app's own converter. Ordered before
 * the API's chain, which denies every path it does not know.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchSecurityConfiguration {

	@Bean
	@Order(5)
	SecurityFilterChain benchRestSecurityFilterChain(HttpSecurity http,
			Converter<Jwt, AbstractAuthenticationToken> staffAuthenticationConverter) throws Exception {
		http.securityMatcher("/bench/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer(
					(server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(staffAuthenticationConverter)));
		return http.build();
	}

}
