package org.jiaxiao.platform.graphql;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;

/**
 * Tells an operation that only asks about the schema ({@code __schema}, {@code __type},
 * {@code __typename} at its top level) from one that reads data. Tools such as GraphiQL,
 * Altair and Apollo's schema download send graphql-js's standard introspection query,
 * whose type references nest deeper than any data query may: it is bounded by
 * graphql-java's good-faith introspection checks instead of the data limits. A fragment
 * or any data field at the top level makes the whole operation a data operation, so
 * {@code __schema} next to data never escapes the limits.
 */
final class IntrospectionOperation {

	private IntrospectionOperation() {
	}

	static boolean isIntrospectionOnly(OperationDefinition operation) {
		if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
			return false;
		}
		for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
			if (!(selection instanceof Field field) || !field.getName().startsWith("__")) {
				return false;
			}
		}
		return true;
	}

}
