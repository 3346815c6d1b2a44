package org.jiaxiao.security;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.TestIssuer;

import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * With nothing asked for (no profile, only an external issuer), the app runs neither the
 * development issuer nor its sign-in page, and loads no demo school: a token for a demo
 * username finds nobody in the directory.
 */
@ActiveProfiles(inheritProfiles = false)
@TestPropertySource(properties = "jiaxiao.identity.issuer-uri=" + TestIssuer.ISSUER)
class DevelopmentOnlyWhenAskedTest extends ApiTest {

	@DynamicPropertySource
	static void externalIssuerKeys(DynamicPropertyRegistry registry) {
		registry.add("jiaxiao.identity.jwk-set-uri", TestIssuer.get()::jwkSetUri);
	}

	@Override
	protected String token(String username) {
		return TestIssuer.get().token(username);
	}

	@Test
	void noDevelopmentTokens() {
		this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "principal"))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void noSignInPageListingStaff() {
		this.http.get().uri("/login").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
	}

	@Test
	void noDemoSchool() {
		as("principal").documentName("viewer").execute().path("viewer").valueIsNull();
	}

}
