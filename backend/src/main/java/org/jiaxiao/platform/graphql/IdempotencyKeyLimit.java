package org.jiaxiao.platform.graphql;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.jiaxiao.platform.idempotency.IdempotencyKeys;

/**
 * One length limit for the {@code idempotencyKey} of every mutation input, checked before
 * the mutation runs. Each key is stored (and indexed) for a day, so an unbounded key let
 * one request write kilobytes of key; checking it in each mutation had left most of them
 * unchecked. A key is chosen by the client's code, not typed by a person, so a key that
 * is too long is a BAD_REQUEST like a malformed cursor, not a payload error to show a
 * user. The mutations are found in the schema: a new input with a key is covered without
 * being listed anywhere.
 */
final class IdempotencyKeyLimit extends GraphQLTypeVisitorStub {

	static final String KEY = "idempotencyKey";

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (!(context.getParentNode() instanceof GraphQLObjectType type) || !"Mutation".equals(type.getName())) {
			return TraversalControl.CONTINUE;
		}
		List<String> keyed = field.getArguments()
			.stream()
			.filter((argument) -> GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType input
					&& input.getField(KEY) != null)
			.map(GraphQLArgument::getName)
			.toList();
		if (!keyed.isEmpty()) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			FieldCoordinates coordinates = FieldCoordinates.coordinates(type, field);
			DataFetcher<?> mutation = registry.getDataFetcher(coordinates, field);
			registry.dataFetcher(coordinates, new KeyChecked(mutation, keyed));
		}
		return TraversalControl.CONTINUE;
	}

	/**
	 * Refuses a key over {@link IdempotencyKeys#MAX_KEY_LENGTH}, then runs the mutation.
	 */
	private record KeyChecked(DataFetcher<?> mutation, List<String> keyedArguments) implements DataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment environment) throws Exception {
			for (String argument : this.keyedArguments) {
				if (environment.getArgument(argument) instanceof Map<?, ?> input && input.get(KEY) instanceof String key
						&& key.length() > IdempotencyKeys.MAX_KEY_LENGTH) {
					throw new BadRequestException(
							argument + "." + KEY + ": at most " + IdempotencyKeys.MAX_KEY_LENGTH + " characters.");
				}
			}
			return this.mutation.get(environment);
		}

	}

}
