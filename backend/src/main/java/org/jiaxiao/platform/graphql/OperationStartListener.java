package org.jiaxiao.platform.graphql;

import graphql.execution.ExecutionContext;

/**
 * Told when an operation starts executing, with the parsed document at hand. A bean of
 * this type joins the one instrumentation every request runs through (see
 * {@link RequestInstrumentation}) instead of adding an instrumentation of its own: each
 * extra instrumentation is called for every field of every response.
 */
public interface OperationStartListener {

	void operationStarts(ExecutionContext context);

}
