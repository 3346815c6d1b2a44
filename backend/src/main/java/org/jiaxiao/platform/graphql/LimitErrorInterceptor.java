package org.jiaxiao.platform.graphql;

import java.util.List;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Reports a query refused by a limit (depth, cost, aliases) as BAD_REQUEST, the
 * classification clients already handle for requests they must change, instead of
 * graphql-java's internal "ExecutionAborted".
 */
@Component
class LimitErrorInterceptor implements WebGraphQlInterceptor {

	private static final String ABORTED = "ExecutionAborted";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().noneMatch(LimitErrorInterceptor::isAborted)) {
				return response;
			}
			List<GraphQLError> errors = response.getExecutionResult()
				.getErrors()
				.stream()
				.map(LimitErrorInterceptor::reclassify)
				.toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static boolean isAborted(Object error) {
		return error instanceof org.springframework.graphql.ResponseError responseError
				&& ABORTED.equals(String.valueOf(responseError.getErrorType()));
	}

	private static GraphQLError reclassify(GraphQLError error) {
		ErrorClassification type = error.getErrorType();
		if (type == null || !ABORTED.equals(type.toString())) {
			return error;
		}
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.errorType(ErrorType.BAD_REQUEST)
			.build();
	}

}
