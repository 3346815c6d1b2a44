package org.jiaxiao.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Accepts tokens from an external OIDC issuer (Keycloak in docker-compose, or a school's
 * own). The keys come from the issuer's discovery document unless a JWK-set URI is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${jiaxiao.identity.issuer-uri:}'.isEmpty()")
class ExternalIssuerConfiguration {

	@Bean
	JwtDecoder jwtDecoder(IdentityProperties identity) {
		String jwkSetUri = identity.jwkSetUri();
		NimbusJwtDecoder decoder = (jwkSetUri != null && !jwkSetUri.isBlank())
				? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
				: (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(identity.issuer());
		decoder.setJwtValidator(TokenValidators.of(identity));
		return decoder;
	}

}
