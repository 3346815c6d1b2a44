package org.jiaxiao.platform.graphql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitor;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Registers the extended scalars the schema declares. The stored model keeps times as
 * {@link Instant}s (UTC); {@code DateTime} writes them with a zero offset, and clients
 * show them in the school's zone.
 */
@Configuration(proxyBeanMethods = false)
class ScalarsConfiguration {

	@Bean
	RuntimeWiringConfigurer extendedScalars() {
		return (wiring) -> wiring.scalar(dateTimeAcceptingInstants()).scalar(ExtendedScalars.Date);
	}

	/**
	 * The extended scalars bring their library's descriptions; the contract's own words
	 * win, so the running schema (introspected or printed at {@code /graphql/schema})
	 * reads as the schema jar does.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer scalarsDescribedByTheContract() {
		GraphQLTypeVisitor contractWords = new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
					TraverserContext<GraphQLSchemaElement> context) {
				ScalarTypeDefinition definition = scalar.getDefinition();
				if (definition == null || definition.getDescription() == null
						|| definition.getDescription().getContent().equals(scalar.getDescription())) {
					return TraversalControl.CONTINUE;
				}
				String words = definition.getDescription().getContent();
				return changeNode(context, scalar.transform((builder) -> builder.description(words)));
			}

		};
		return (builder) -> builder.typeVisitorsToTransformSchema(List.of(contractWords));
	}

	@SuppressWarnings("unchecked")
	private static GraphQLScalarType dateTimeAcceptingInstants() {
		Coercing<Object, Object> standard = (Coercing<Object, Object>) ExtendedScalars.DateTime.getCoercing();
		Coercing<Object, Object> coercing = new Coercing<>() {

			@Override
			public @Nullable Object serialize(Object value, GraphQLContext context, Locale locale) {
				Object time = (value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value;
				return standard.serialize(time, context, locale);
			}

			@Override
			public @Nullable Object parseValue(Object input, GraphQLContext context, Locale locale) {
				return standard.parseValue(input, context, locale);
			}

			@Override
			public @Nullable Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return standard.parseLiteral(input, variables, context, locale);
			}

		};
		return GraphQLScalarType.newScalar(ExtendedScalars.DateTime).coercing(coercing).build();
	}

}
