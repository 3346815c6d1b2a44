package org.jiaxiao.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth, cost and alias limits, checked before anything runs: a too-large query gets a
 * clear error and costs the database nothing; so is the length of every mutation's
 * idempotency key ({@link IdempotencyKeyLimit}). They run in the single
 * {@link RequestInstrumentation}; an instrumentation bean of any other kind (Spring
 * Boot's observations, when switched on) is chained after it.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	private static final Set<String> RELAY_WRAPPERS = Set.of("edges", "node", "pageInfo");

	@Bean
	GraphQlSourceBuilderCustomizer requestInstrumentation(QueryLimitsProperties limits,
			ObjectProvider<OperationStartListener> listeners, ObjectProvider<Instrumentation> others) {
		RequestInstrumentation ours = new RequestInstrumentation(limits,
				new QueryMeasures(connectionsCostTheirPageSize()), listeners.orderedStream().toList());
		return (builder) -> builder.typeVisitors(List.of(new IdempotencyKeyLimit())).configureGraphQl((graphQl) -> {
			List<Instrumentation> chain = new ArrayList<>();
			chain.add(ours);
			others.orderedStream().forEach(chain::add);
			graphQl.instrumentation((chain.size() == 1) ? ours : new ChainedInstrumentation(chain));
		});
	}

	/**
	 * A field with {@code first} returns up to that many items, each costing its
	 * selection; the Relay wrappers ({@code edges}, {@code node}, {@code pageInfo}) cost
	 * nothing themselves, so a page of 100 rows of a few fields stays within the limit.
	 */
	static FieldComplexityCalculator connectionsCostTheirPageSize() {
		return (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			if (first instanceof Integer size) {
				return Math.max(1, size) * Math.max(1, childComplexity);
			}
			if (RELAY_WRAPPERS.contains(environment.getField().getName())) {
				return childComplexity;
			}
			return 1 + childComplexity;
		};
	}

}
