package org.jiaxiao.platform.audit;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Tells the request's {@link AuditTrail} which operation runs, from the parsed document:
 * clients often send no {@code operationName} when a document holds one operation.
 */
@Component
class OperationNameInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		String name = context.getOperationDefinition().getName();
		AuditTrail.of(context.getGraphQLContext()).operation((name != null) ? name : "anonymous");
		return super.beginExecuteOperation(parameters, state);
	}

}
