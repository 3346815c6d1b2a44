package org.jiaxiao.platform.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one request from costing the server too much.
 *
 * @param maxDepth deepest nesting of fields
 * @param maxComplexity total cost, where a connection field costs its page size times its
 * selection
 * @param maxAliases aliased fields in one document (aliases multiply work without depth)
 */
@ConfigurationProperties("jiaxiao.graphql.limits")
public record QueryLimitsProperties(int maxDepth, int maxComplexity, int maxAliases) {

	public QueryLimitsProperties {
		maxDepth = (maxDepth > 0) ? maxDepth : 8;
		maxComplexity = (maxComplexity > 0) ? maxComplexity : 5000;
		maxAliases = (maxAliases > 0) ? maxAliases : 30;
	}

}
