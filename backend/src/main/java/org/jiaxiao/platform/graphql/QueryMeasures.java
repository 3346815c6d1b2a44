package org.jiaxiao.platform.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.FieldComplexityCalculator;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * Remembers each document's {@link QueryMeasure}. The SPA sends the same few documents
 * with different ids: an id changes neither depth nor cost, only a page size
 * ({@code first}) or a {@code @skip}/{@code @include} condition does. So a measure is
 * kept per document (the parsed document cache hands out the same instance for the same
 * text) and per value of just those variables, and a new student id costs no walk.
 */
final class QueryMeasures {

	static final String PAGE_SIZE = "first";

	/** Measures kept per document before starting again (page sizes rarely vary). */
	static final int MAX_PER_DOCUMENT = 64;

	// Weak keys: identity, and gone once the parsed-document cache lets the document go.
	private final Cache<Document, DocumentMeasures> documents = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(1_000)
		.build();

	private final FieldComplexityCalculator calculator;

	QueryMeasures(FieldComplexityCalculator calculator) {
		this.calculator = calculator;
	}

	QueryMeasure of(ExecutionContext execution) {
		DocumentMeasures measures = this.documents.get(execution.getDocument(), DocumentMeasures::new);
		Map<String, Object> variables = execution.getCoercedVariables().toMap();
		Map<String, @Nullable Object> costVariables = new HashMap<>();
		for (String name : measures.costVariables) {
			costVariables.put(name, variables.get(name));
		}
		MeasureKey key = new MeasureKey(execution.getExecutionInput().getOperationName(), costVariables);
		QueryMeasure known = measures.byKey.get(key);
		if (known != null) {
			return known;
		}
		QueryMeasure measure = QueryMeasure.of(execution, this.calculator);
		if (measures.byKey.size() >= MAX_PER_DOCUMENT) {
			measures.byKey.clear();
		}
		measures.byKey.put(key, measure);
		return measure;
	}

	private record MeasureKey(@Nullable String operationName, Map<String, @Nullable Object> costVariables) {
	}

	private static final class DocumentMeasures {

		final Set<String> costVariables;

		final Map<MeasureKey, QueryMeasure> byKey = new ConcurrentHashMap<>();

		DocumentMeasures(Document document) {
			this.costVariables = costVariables(document);
		}

		/** Variables used as a page size or in a directive (which may skip fields). */
		private static Set<String> costVariables(Document document) {
			Set<String> names = new HashSet<>();
			new NodeTraverser().depthFirst(new NodeVisitorStub() {

				@Override
				public TraversalControl visitArgument(Argument argument, TraverserContext<Node> context) {
					boolean inDirective = context.getParentNode() instanceof Directive;
					if ((inDirective || PAGE_SIZE.equals(argument.getName()))
							&& argument.getValue() instanceof VariableReference variable) {
						names.add(variable.getName());
					}
					return TraversalControl.CONTINUE;
				}

			}, document.getDefinitions());
			return Set.copyOf(names);
		}

	}

}
