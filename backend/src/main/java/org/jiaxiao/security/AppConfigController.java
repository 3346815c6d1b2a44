package org.jiaxiao.security;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the SPA where to sign in, so the same build works against the development issuer
 * and against Keycloak.
 */
@RestController
class AppConfigController {

	private final IdentityProperties identity;

	AppConfigController(IdentityProperties identity) {
		this.identity = identity;
	}

	@GetMapping("/api/config")
	Map<String, String> config() {
		return Map.of("authority", this.identity.issuer(), "clientId", this.identity.spaClientId(), "scope",
				"openid profile");
	}

}
