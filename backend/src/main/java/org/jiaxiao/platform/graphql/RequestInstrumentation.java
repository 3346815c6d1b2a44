package org.jiaxiao.platform.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * The one instrumentation every request runs through: the alias limit while validating,
 * then the depth and cost limits and the {@link OperationStartListener}s when the
 * operation starts. An operation that only introspects the schema is not measured as data
 * ({@link IntrospectionOperation}). One instead of several because graphql-java calls a
 * chain of instrumentations for every field of every response, which a screen of a few
 * hundred fields pays for each time (measured in {@code bench/}); these hooks need only
 * the two moments above.
 */
final class RequestInstrumentation extends SimplePerformantInstrumentation {

	private final QueryLimitsProperties limits;

	private final QueryMeasures measures;

	private final List<OperationStartListener> listeners;

	RequestInstrumentation(QueryLimitsProperties limits, QueryMeasures measures,
			List<OperationStartListener> listeners) {
		this.limits = limits;
		this.measures = measures;
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		int aliases = AliasCount.of(parameters.getDocument());
		if (aliases > this.limits.maxAliases()) {
			throw new AbortExecutionException(
					"The query uses " + aliases + " aliases; at most " + this.limits.maxAliases() + " are allowed.");
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		for (OperationStartListener listener : this.listeners) {
			listener.operationStarts(execution);
		}
		if (IntrospectionOperation.isIntrospectionOnly(execution.getOperationDefinition())) {
			return SimpleInstrumentationContext.noOp();
		}
		QueryMeasure measure = this.measures.of(execution);
		if (measure.depth() > this.limits.maxDepth()) {
			throw new AbortExecutionException(
					"maximum query depth exceeded " + measure.depth() + " > " + this.limits.maxDepth());
		}
		if (measure.complexity() > this.limits.maxComplexity()) {
			throw new AbortExecutionException(
					"maximum query complexity exceeded " + measure.complexity() + " > " + this.limits.maxComplexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

}
