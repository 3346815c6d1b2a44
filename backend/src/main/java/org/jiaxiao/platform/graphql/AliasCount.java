package org.jiaxiao.platform.graphql;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Counts aliased fields: aliases let one small document ask for the same expensive field
 * thousands of times without growing deeper. Each field is counted once, on the way in: a
 * depth-first traversal visits every node twice (entering and leaving), which counted 16
 * aliases as 32.
 */
final class AliasCount {

	private AliasCount() {
	}

	static int of(Document document) {
		int[] aliases = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}

		}, document.getDefinitions());
		return aliases[0];
	}

}
