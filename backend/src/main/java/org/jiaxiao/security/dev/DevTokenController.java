package org.jiaxiao.security.dev;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.security.IdentityProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token} with {@code username=<demo user>}: an access token for scripts,
 * tests and the mobile team, signed like the sign-in flow's. Development only: it exists
 * only with the development issuer ({@link DevelopmentProvider}).
 */
@RestController
@ConditionalOnExpression(DevelopmentProvider.ACTIVE)
class DevTokenController {

	private static final Duration LIFETIME = Duration.ofHours(1);

	private final JwtEncoder encoder;

	private final DirectoryService directory;

	private final IdentityProperties identity;

	private final Clock clock;

	DevTokenController(JwtEncoder devJwtEncoder, DirectoryService directory, IdentityProperties identity, Clock clock) {
		this.encoder = devJwtEncoder;
		this.directory = directory;
		this.identity = identity;
		this.clock = clock;
	}

	@PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam(defaultValue = "") String username) {
		if (this.directory.staffByUsername(username).isEmpty()) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST)
				.body(Map.of("error", "invalid_request", "error_description", "Unknown demo user"));
		}
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.identity.issuer())
			.subject(username)
			.audience(List.of(this.identity.audience()))
			.issuedAt(now)
			.expiresAt(now.plus(LIFETIME))
			.claim(this.identity.usernameClaim(), username)
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return ResponseEntity
			.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds()));
	}

}
