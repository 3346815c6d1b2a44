package org.jiaxiao.platform.graphql;

import java.util.Set;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth, cost and alias limits, checked before anything runs: a too-large query gets a
 * clear error and costs the database nothing.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	private static final Set<String> RELAY_WRAPPERS = Set.of("edges", "node", "pageInfo");

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), connectionsCostTheirPageSize());
	}

	@Bean
	AliasLimitInstrumentation aliasLimit(QueryLimitsProperties limits) {
		return new AliasLimitInstrumentation(limits.maxAliases());
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
