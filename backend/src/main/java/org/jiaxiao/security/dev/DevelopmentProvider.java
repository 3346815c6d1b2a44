package org.jiaxiao.security.dev;

/**
 * When the development issuer exists: switched on explicitly and no external issuer set.
 * An external issuer wins, so {@code JIAXIAO_IDENTITY_ISSUER_URI=… ./mvnw -Prun} signs in
 * through Keycloak although the {@code dev} profile switches the development issuer on.
 */
final class DevelopmentProvider {

	static final String ACTIVE = "${jiaxiao.identity.development-provider:false} "
			+ "&& '${jiaxiao.identity.issuer-uri:}'.isBlank()";

	private DevelopmentProvider() {
	}

}
