package org.jiaxiao.platform.graphql;

import java.util.List;
import java.util.Map;

import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.idl.SchemaPrinter;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.ContractSdl;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tools (GraphiQL, Altair, Apollo's schema download) send the standard introspection
 * query with every option: signed-in staff get the schema, measured by graphql-java's
 * good-faith introspection rules rather than the depth limit meant for data, which still
 * holds for any operation that also reads data.
 */
class IntrospectionForToolsTest extends ApiTest {

	/**
	 * graphql-js's getIntrospectionQuery with every option, as graphql-java builds it.
	 */
	private static final String EVERY_OPTION = IntrospectionQueryBuilder
		.build(IntrospectionQueryBuilder.Options.defaultOptions()
			.descriptions(true)
			.specifiedByUrl(true)
			.directiveIsRepeatable(true)
			.schemaDescription(true)
			.inputValueDeprecation(true)
			.isOneOf(true));

	private static final String NO_OPTIONS = IntrospectionQueryBuilder
		.build(IntrospectionQueryBuilder.Options.defaultOptions()
			.descriptions(false)
			.directiveIsRepeatable(false)
			.inputValueDeprecation(false));

	@Test
	void theStandardIntrospectionQueryDescribesTheContract() {
		for (String role : List.of("analyst", "homeroom")) {
			Map<String, Object> result = introspect(role, EVERY_OPTION);
			assertThat(result.get("errors")).as(role).isNull();
			@SuppressWarnings("unchecked")
			Map<String, Object> data = (Map<String, Object>) result.get("data");
			Document document = new IntrospectionResultToSchema().createSchemaDefinition(data);
			assertThat(ContractSdl.reprint(new SchemaPrinter().print(document))).as(role)
				.isEqualTo(ContractSdl.contract());
		}
		assertThat(introspect("analyst", NO_OPTIONS).get("errors")).isNull();
	}

	@Test
	void introspectionWithoutATokenIsRefused() {
		this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", EVERY_OPTION))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void introspectionBeyondGoodFaithIsRefused() {
		String nested = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
		as("analyst").document(nested)
			.execute()
			.errors()
			.expect((error) -> String.valueOf(error.getMessage()).contains("introspection"))
			.verify()
			.path("__schema")
			.pathDoesNotExist();
	}

	@Test
	void schemaNextToDataIsMeasuredAsData() {
		String mixed = "{ __schema { types { name } } viewer { classes { students(first: 1) { edges { node { "
				+ "household { students { class { school { id } } } } } } } } } }";
		as("principal").document(mixed)
			.execute()
			.errors()
			.expect((error) -> String.valueOf(error.getMessage()).contains("maximum query depth exceeded")
					&& "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
		String deepIntrospectionWithData = "{ viewer { id } __schema { types { fields { type { ofType { ofType { "
				+ "ofType { ofType { ofType { ofType { name } } } } } } } } } } }";
		as("principal").document(deepIntrospectionWithData)
			.execute()
			.errors()
			.expect((error) -> String.valueOf(error.getMessage()).contains("maximum query depth exceeded"))
			.verify();
	}

	private Map<String, Object> introspect(String username, String query) {
		// The whole schema is larger than a test client buffers by default.
		return this.http.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token(username))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
