package org.jiaxiao.security;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.ContractSdl;
import org.jiaxiao.support.TestIssuer;

import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production the schema is not introspectable (signed-in staff download its SDL
 * instead), GraphiQL is not served, and tokens come only from the external issuer: the
 * development issuer's endpoints do not exist. Demo data is asked for explicitly here, as
 * docker-compose asks for it, so that the demo users exist.
 */
@ActiveProfiles(value = "prod", inheritProfiles = false)
@TestPropertySource(
		properties = { "jiaxiao.identity.issuer-uri=" + TestIssuer.ISSUER, "jiaxiao.demo-data.enabled=true" })
class ProductionProfileTest extends ApiTest {

	@DynamicPropertySource
	static void externalIssuerKeys(DynamicPropertyRegistry registry) {
		registry.add("jiaxiao.identity.jwk-set-uri", TestIssuer.get()::jwkSetUri);
	}

	@Override
	protected String token(String username) {
		return TestIssuer.get().token(username);
	}

	@Test
	void introspectionIsRefused() {
		as("principal").document("{ __schema { types { name } } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("Introspection has been disabled"))
			.verify()
			.path("__schema")
			.pathDoesNotExist();
	}

	@Test
	void readyWithTheIssuersKeysAndMongoReachable() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void theSchemaCanBeDownloadedWithAToken() {
		this.http.get().uri("/graphql/schema").exchange().expectStatus().isUnauthorized();
		String sdl = this.http.get()
			.uri("/graphql/schema")
			.header("Authorization", "Bearer " + token("analyst"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(ContractSdl.reprint(sdl)).isEqualTo(ContractSdl.contract());
	}

	@Test
	void graphiqlIsNotServed() {
		this.http.get().uri("/graphiql").exchange().expectStatus().isNotFound();
	}

	@Test
	void ordinaryQueriesStillWork() {
		as("homeroom").documentName("viewer")
			.execute()
			.path("viewer.username")
			.entity(String.class)
			.isEqualTo("homeroom");
	}

	@Test
	void theDevelopmentIssuerDoesNotExist() {
		this.http.post()
			.uri("/dev/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "principal"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get().uri("/login").accept(MediaType.TEXT_HTML).exchange().expectStatus().isNotFound();
		this.http.get().uri("/.well-known/openid-configuration").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/config").exchange().expectBody().jsonPath("$.authority").isEqualTo(TestIssuer.ISSUER);
	}

}
