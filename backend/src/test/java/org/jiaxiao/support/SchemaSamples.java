package org.jiaxiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The GraphQL contract as the schema jar ships it, and the smallest value each input type
 * accepts: tests that walk every operation of a kind (every mutation with an idempotency
 * key, every SPA query) build their variables from the contract instead of from a copy
 * that would drift.
 */
public final class SchemaSamples {

	private SchemaSamples() {
	}

	/** The contract, from the {@code graphql/*.graphqls} files on the classpath. */
	public static GraphQLSchema contract() {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:graphql/**/*.graphqls")) {
				try (InputStream in = file.getInputStream()) {
					registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	/**
	 * A value of the type that passes GraphQL's own coercion: required fields filled,
	 * optional ones left out, lists empty. Whether the server then accepts it is another
	 * matter.
	 */
	public static Object valueOf(GraphQLType type) {
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		if (unwrapped instanceof GraphQLList) {
			return List.of();
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			Map<String, Object> value = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (field.getType() instanceof GraphQLNonNull && !field.hasSetDefaultValue()) {
					value.put(field.getName(), valueOf(field.getType()));
				}
			}
			return value;
		}
		return switch (((GraphQLNamedType) unwrapped).getName()) {
			case "Int", "PositiveInt", "NonNegativeInt" -> 1;
			case "Float" -> 1.0;
			case "Boolean" -> false;
			case "DateTime" -> "2026-01-01T00:00:00Z";
			case "Date" -> "2026-01-01";
			case "LocalTime" -> "08:00:00";
			default -> "x";
		};
	}

	/** The input type named, from the contract. */
	public static GraphQLInputType inputType(GraphQLSchema schema, String name) {
		return (GraphQLInputType) schema.getType(name);
	}

}
