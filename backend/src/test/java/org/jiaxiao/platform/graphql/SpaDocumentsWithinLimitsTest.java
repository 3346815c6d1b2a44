package org.jiaxiao.platform.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.SchemaSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the SPA sends, read from its own {@code .graphql} files (not a copy),
 * passes the depth, cost and alias limits at the largest page size the schema documents
 * ({@code first} up to {@value Cursors#MAX_PAGE}). A field added to a list screen that
 * would push it over is caught here, not by a teacher.
 */
class SpaDocumentsWithinLimitsTest extends ApiTest {

	private static final Path SPA_SOURCES = Path.of("..", "frontend", "src");

	@Test
	void everySpaQueryAtTheLargestDocumentedPageSizeIsWithinTheLimits() {
		GraphQLSchema contract = SchemaSamples.contract();
		Map<String, OperationDefinition> queries = new HashMap<>();
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (Document document : spaDocuments()) {
			document.getDefinitionsOfType(FragmentDefinition.class).forEach((f) -> fragments.put(f.getName(), f));
			document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY)
				.forEach((operation) -> queries.put(operation.getName(), operation));
		}
		assertThat(queries).as("the SPA's queries").containsKeys("ClassRoster", "StudentTimeline", "ContactsList");

		List<String> refused = new ArrayList<>();
		var principal = as("principal");
		for (OperationDefinition query : queries.values()) {
			String text = withFragments(query, fragments);
			var request = principal.document(text);
			for (VariableDefinition variable : query.getVariableDefinitions()) {
				if (pageSizes(query).contains(variable.getName())) {
					request = request.variable(variable.getName(), Cursors.MAX_PAGE);
				}
				else if (TypeUtil.isNonNull(variable.getType())) {
					request = request.variable(variable.getName(), SchemaSamples
						.valueOf(SchemaSamples.inputType(contract, TypeUtil.unwrapAll(variable.getType()).getName())));
				}
			}
			request.execute().errors().satisfy((errors) -> errors.forEach((error) -> {
				// A validation error would mean the limits were never checked: the test
				// must reach them for every query.
				assertThat(String.valueOf(error.getErrorType())).as(query.getName() + ": " + error.getMessage())
					.isNotIn("ValidationError", "InvalidSyntax");
				String message = String.valueOf(error.getMessage());
				if (message.contains("maximum query") || message.contains("aliases")) {
					refused.add(query.getName() + ": " + message);
				}
			}));
		}
		assertThat(refused).as("SPA queries refused by the limits at first: " + Cursors.MAX_PAGE).isEmpty();
	}

	private static List<Document> spaDocuments() {
		try (Stream<Path> files = Files.walk(SPA_SOURCES)) {
			return files.filter((file) -> file.toString().endsWith(".graphql")).map((file) -> {
				try {
					return Parser.parse(Files.readString(file));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The operation and every fragment it uses, directly or through other fragments. */
	private static String withFragments(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
		Set<String> used = new LinkedHashSet<>();
		List<Node<?>> pending = new ArrayList<>(List.of(operation));
		while (!pending.isEmpty()) {
			Node<?> next = pending.remove(pending.size() - 1);
			for (String name : spreads(next)) {
				if (used.add(name)) {
					pending.add(fragments.get(name));
				}
			}
		}
		StringBuilder text = new StringBuilder(AstPrinter.printAst(operation));
		used.forEach((name) -> text.append('\n').append(AstPrinter.printAst(fragments.get(name))));
		return text.toString();
	}

	private static Set<String> spreads(Node<?> node) {
		Set<String> names = new LinkedHashSet<>();
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitFragmentSpread(FragmentSpread spread, TraverserContext<Node> context) {
				names.add(spread.getName());
				return TraversalControl.CONTINUE;
			}

		}, node);
		return names;
	}

	/** The variables the operation passes as a page size ({@code first}). */
	private static Set<String> pageSizes(OperationDefinition operation) {
		Set<String> names = new LinkedHashSet<>();
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				for (Argument argument : field.getArguments()) {
					if (argument.getName().equals("first")
							&& argument.getValue() instanceof VariableReference variable) {
						names.add(variable.getName());
					}
				}
				return TraversalControl.CONTINUE;
			}

		}, operation);
		return names;
	}

}
