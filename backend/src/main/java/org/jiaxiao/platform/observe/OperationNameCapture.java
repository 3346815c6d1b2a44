package org.jiaxiao.platform.observe;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;

import org.jiaxiao.platform.graphql.OperationStartListener;

/**
 * Keeps the name of the operation that runs, from the parsed document, for
 * {@link GraphQlTimings}: clients often send no {@code operationName}.
 */
class OperationNameCapture implements OperationStartListener {

	static final String KEY = OperationNameCapture.class.getName();

	@Override
	public void operationStarts(ExecutionContext context) {
		String name = context.getOperationDefinition().getName();
		context.getGraphQLContext().put(KEY, (name != null) ? name : "anonymous");
	}

	static String of(GraphQLContext context) {
		// No name: the document did not parse or validate, so no operation started.
		return context.getOrDefault(KEY, "none");
	}

}
