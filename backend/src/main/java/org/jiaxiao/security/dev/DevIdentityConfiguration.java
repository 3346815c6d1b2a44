package org.jiaxiao.security.dev;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jiaxiao.security.IdentityProperties;
import org.jiaxiao.security.TokenValidators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The development identity provider's keys: an RSA key made at start-up (never stored, so
 * no private key is ever committed) that signs tokens, and a decoder that checks them
 * exactly as tokens from an external issuer are checked: signature, expiry, issuer and
 * audience.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(DevelopmentProvider.ACTIVE)
class DevIdentityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevIdentityConfiguration.class);

	@Bean
	JWKSource<SecurityContext> devJwkSource(IdentityProperties identity) throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		log.info("Development identity provider at {} (demo users, sign-in page /login, POST /dev/token). "
				+ "Set jiaxiao.identity.issuer-uri (env JIAXIAO_IDENTITY_ISSUER_URI) to use Keycloak or another OIDC issuer.",
				identity.issuer());
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtEncoder devJwtEncoder(JWKSource<SecurityContext> devJwkSource) {
		return new NimbusJwtEncoder(devJwkSource);
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> devJwkSource, IdentityProperties identity) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(devJwkSource).build();
		decoder.setJwtValidator(TokenValidators.of(identity));
		return decoder;
	}

}
