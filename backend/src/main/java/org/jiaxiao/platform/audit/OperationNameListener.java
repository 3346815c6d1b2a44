package org.jiaxiao.platform.audit;

import graphql.execution.ExecutionContext;

import org.jiaxiao.platform.graphql.OperationStartListener;
import org.springframework.stereotype.Component;

/**
 * Tells the request's {@link AuditTrail} which operation runs, from the parsed document:
 * clients often send no {@code operationName} when a document holds one operation.
 */
@Component
class OperationNameListener implements OperationStartListener {

	@Override
	public void operationStarts(ExecutionContext context) {
		String name = context.getOperationDefinition().getName();
		AuditTrail.of(context.getGraphQLContext()).operation((name != null) ? name : "anonymous");
	}

}
