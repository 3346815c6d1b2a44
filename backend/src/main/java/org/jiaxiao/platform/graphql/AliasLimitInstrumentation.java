package org.jiaxiao.platform.graphql;

import java.util.List;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

/**
 * Refuses documents with more aliased fields than allowed: aliases let one small document
 * ask for the same expensive field thousands of times without growing deeper.
 */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	AliasLimitInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
			InstrumentationValidationParameters parameters, InstrumentationState state) {
		int[] aliases = { 0 };
		new NodeTraverser().depthFirst(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}

		}, parameters.getDocument().getDefinitions());
		if (aliases[0] > this.maxAliases) {
			throw new AbortExecutionException(
					"The query uses " + aliases[0] + " aliases; at most " + this.maxAliases + " are allowed.");
		}
		return SimpleInstrumentationContext.noOp();
	}

}
