package org.jiaxiao.analytics.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.analytics.AnalyticsException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Reports a refused or stopped analytics query as BAD_REQUEST with a machine-readable
 * {@code extensions.code} (too broad, timeout, invalid) and a message saying what to
 * change.
 */
@Component
class AnalyticsErrorResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (!(ex instanceof AnalyticsException analytics)) {
			return null;
		}
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(analytics.getMessage())
			.extensions(Map.of("code", analytics.code()))
			.build();
	}

}
