package org.jiaxiao.platform.graphql;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;

/**
 * How deep an operation nests and what it costs, measured in one walk of the operation
 * with the request's variables (graphql-java's own depth and cost instrumentations walk
 * it once each).
 *
 * @param depth deepest nesting of fields, the top-level field being 1
 * @param complexity sum of the fields' costs as the calculator prices them
 */
record QueryMeasure(int depth, int complexity) {

	static QueryMeasure of(ExecutionContext execution, FieldComplexityCalculator calculator) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getExecutionInput().getOperationName())
			.coercedVariables(execution.getCoercedVariables())
			.build();
		Map<QueryVisitorFieldEnvironment, Integer> costOfChildren = new HashMap<>();
		int[] deepest = { 0 };
		traverser.visitPostOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				deepest[0] = Math.max(deepest[0], depthOf(field));
				int cost = field.isTypeNameIntrospectionField() ? 0
						: calculator.calculate(environment(field), costOfChildren.getOrDefault(field, 0));
				costOfChildren.merge(field.getParentEnvironment(), cost, Integer::sum);
			}

		});
		return new QueryMeasure(deepest[0], costOfChildren.getOrDefault(null, 0));
	}

	private static int depthOf(QueryVisitorFieldEnvironment field) {
		int depth = 0;
		for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
			depth++;
		}
		return depth;
	}

	private static FieldComplexityEnvironment environment(QueryVisitorFieldEnvironment field) {
		QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		return new FieldComplexityEnvironment(field.getField(), field.getFieldDefinition(), field.getFieldsContainer(),
				field.getArguments(), (parent != null) ? environment(parent) : null);
	}

}
