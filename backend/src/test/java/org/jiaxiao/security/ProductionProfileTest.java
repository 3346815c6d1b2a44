package org.jiaxiao.security;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.test.context.ActiveProfiles;

/** In production the schema is not introspectable and GraphiQL is not served. */
@ActiveProfiles("prod")
class ProductionProfileTest extends ApiTest {

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

}
