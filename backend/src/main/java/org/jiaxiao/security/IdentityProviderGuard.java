package org.jiaxiao.security;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start an app that would hand out tokens nobody asked it to hand out. The
 * development issuer signs a token for any username without a password, so it runs only
 * when switched on explicitly ({@code jiaxiao.identity.development-provider=true}, which
 * the {@code dev} profile sets), and never under the {@code prod} profile. Without an
 * external issuer and without that switch there is no way to sign in, so the app stops at
 * once and says which setting is missing rather than starting half usable.
 * <p>
 * Runs on the environment, after the configuration files are read and before any bean
 * (the embedded database, the demo data) exists.
 */
public class IdentityProviderGuard implements EnvironmentPostProcessor, Ordered {

	static final String ISSUER = "jiaxiao.identity.issuer-uri";

	static final String DEVELOPMENT_PROVIDER = "jiaxiao.identity.development-provider";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String issuer = environment.getProperty(ISSUER, "");
		if (!issuer.isBlank()) {
			return;
		}
		if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IdentityProviderMissingException(
					"The prod profile is active and no identity provider is configured. "
							+ "Production never runs the development issuer, which signs tokens without a password.",
					"Set JIAXIAO_IDENTITY_ISSUER_URI (jiaxiao.identity.issuer-uri) to the school's OIDC issuer, "
							+ "for example https://idp.example.edu/realms/jiaxiao.");
		}
		if (!environment.getProperty(DEVELOPMENT_PROVIDER, Boolean.class, false)) {
			throw new IdentityProviderMissingException(
					"No identity provider is configured, and the development issuer is off unless asked for.",
					"Set JIAXIAO_IDENTITY_ISSUER_URI (jiaxiao.identity.issuer-uri) to an OIDC issuer, or, "
							+ "for development only, start with the dev profile (SPRING_PROFILES_ACTIVE=dev, "
							+ "which ./mvnw -Prun does) or JIAXIAO_IDENTITY_DEVELOPMENT_PROVIDER=true.");
		}
	}

	/** After the configuration files and profiles are resolved. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
