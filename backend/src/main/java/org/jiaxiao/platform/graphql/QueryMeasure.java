package org.jiaxiao.platform.graphql;

import java.util.HashMap;
import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;

/**
 * How deep an operation nests and what it costs, measured in one walk of the operation
 * with the request's variables (graphql-java's own depth and cost instrumentations walk
 * it once each). A field of an interface or union type (a timeline entry) returns one
 * concrete type per item, so its selection costs the fields common to all types plus the
 * dearest type's own fields, not the sum over every type the document mentions: that sum
 * priced a timeline page at four times what it fetches.
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
		Map<QueryVisitorFieldEnvironment, SelectionCost> costOfChildren = new HashMap<>();
		int[] deepest = { 0 };
		traverser.visitPostOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				deepest[0] = Math.max(deepest[0], depthOf(field));
				if (field.isTypeNameIntrospectionField()) {
					return;
				}
				SelectionCost children = costOfChildren.get(field);
				int cost = calculator.calculate(environment(field), (children != null) ? children.total() : 0);
				costOfChildren.computeIfAbsent(field.getParentEnvironment(), (parent) -> new SelectionCost())
					.add(field.getFieldsContainer(), cost);
			}

		});
		SelectionCost top = costOfChildren.get(null);
		return new QueryMeasure(deepest[0], (top != null) ? top.total() : 0);
	}

	/**
	 * The cost of one selection set: fields selected on an object type are grouped by
	 * that type, and only the dearest group counts, since an item is of one type only;
	 * fields selected on an interface apply to every item and always count.
	 */
	private static final class SelectionCost {

		private int shared;

		private final Map<String, Integer> byObjectType = new HashMap<>();

		void add(GraphQLFieldsContainer container, int cost) {
			if (container instanceof GraphQLObjectType object) {
				this.byObjectType.merge(object.getName(), cost, Integer::sum);
			}
			else {
				this.shared += cost;
			}
		}

		int total() {
			return this.shared + this.byObjectType.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		}

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
