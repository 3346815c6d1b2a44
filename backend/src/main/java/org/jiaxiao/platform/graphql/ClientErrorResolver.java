package org.jiaxiao.platform.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions that mean "the client asked for something it may not or cannot
 * have" into classified GraphQL errors with a safe message. Anything else falls through
 * to Spring for GraphQL, which answers INTERNAL_ERROR without internals.
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		ErrorType type = classify(ex);
		if (type == null) {
			return null;
		}
		GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage());
		if (ex instanceof BadRequestException bad && bad.code() != null) {
			error.extensions(Map.of("code", bad.code()));
		}
		return error.build();
	}

	private static @Nullable ErrorType classify(Throwable ex) {
		if (ex instanceof BadRequestException) {
			return ErrorType.BAD_REQUEST;
		}
		if (ex instanceof ForbiddenException) {
			return ErrorType.FORBIDDEN;
		}
		return null;
	}

}
