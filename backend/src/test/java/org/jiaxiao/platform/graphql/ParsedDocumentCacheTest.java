package org.jiaxiao.platform.graphql;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;

/**
 * The parsed-document cache: a document is parsed and validated once, invalid or huge
 * documents are never kept, the cache stays bounded in count and in text, and the app
 * really uses it while its query limits still judge each request by its own variables.
 */
class ParsedDocumentCacheTest extends ApiTest {

	private static final String VIEWER = "query { viewer { id displayName } }";

	@Autowired
	private PreparsedDocumentProvider provider;

	@Test
	void aDocumentIsParsedAndValidatedOnce() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		AtomicInteger parses = new AtomicInteger();
		Function<ExecutionInput, PreparsedDocumentEntry> parse = counting(parses, false);
		PreparsedDocumentEntry first = cache.getDocumentAsync(input(VIEWER), parse).join();
		PreparsedDocumentEntry second = cache.getDocumentAsync(input(VIEWER), parse).join();
		assertThat(second).isSameAs(first);
		assertThat(parses).hasValue(1);
	}

	@Test
	void invalidAndOversizedDocumentsAreNotKept() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		AtomicInteger parses = new AtomicInteger();
		cache.getDocumentAsync(input("query { nope }"), counting(parses, true)).join();
		cache.getDocumentAsync(input("query { nope }"), counting(parses, true)).join();
		String huge = "query { viewer { id " + " ".repeat(ParsedDocumentCache.MAX_TEXT_LENGTH) + "} }";
		cache.getDocumentAsync(input(huge), counting(parses, false)).join();
		assertThat(parses).hasValue(3);
		assertThat(cache.size()).isZero();
	}

	@Test
	void manyDistinctDocumentsStayBounded() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		for (int i = 0; i <= ParsedDocumentCache.MAX_DOCUMENTS + 10; i++) {
			cache.getDocumentAsync(input("query q" + i + " { viewer { id } }"), counting(new AtomicInteger(), false))
				.join();
		}
		assertThat(cache.size()).isBetween(1L, (long) ParsedDocumentCache.MAX_DOCUMENTS);
	}

	@Test
	void manyLargeDocumentsStayWithinTheTextBudget() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		String padding = "#" + "x".repeat(ParsedDocumentCache.MAX_TEXT_LENGTH - 100) + "\n";
		int documents = 2 * ParsedDocumentCache.MAX_TOTAL_TEXT_LENGTH / ParsedDocumentCache.MAX_TEXT_LENGTH;
		for (int i = 0; i < documents; i++) {
			cache
				.getDocumentAsync(input(padding + "query q" + i + " { viewer { id } }"),
						counting(new AtomicInteger(), false))
				.join();
		}
		assertThat(cache.size()).isPositive();
		assertThat(cache.textLength()).isLessThanOrEqualTo(ParsedDocumentCache.MAX_TOTAL_TEXT_LENGTH);
	}

	@Test
	void theAppUsesItAndLimitsStillApplyPerRequest() {
		assertThat(this.provider).isInstanceOf(ParsedDocumentCache.class);
		var principal = as("principal");
		// Page sizes multiply: 100 students with 100 timeline entries each is over the
		// limit.
		String roster = "query($first: Int) { class(id: \"" + CLASS_1_1 + "\") { students(first: $first) { "
				+ "edges { node { id name timeline(first: $first) { edges { node { id occurredAt } } } } } } } }";
		principal.document(roster).variable("first", 1).execute().errors().verify();
		assertThat(((ParsedDocumentCache) this.provider).size()).isPositive();
		// Same cached document, larger page: the cost limit judges this request anew.
		principal.document(roster)
			.variable("first", 100)
			.execute()
			.errors()
			.expect((error) -> error.getMessage() != null && error.getMessage().contains("complexity"))
			.verify();
	}

	private static ExecutionInput input(String document) {
		return ExecutionInput.newExecutionInput(document).build();
	}

	private static Function<ExecutionInput, PreparsedDocumentEntry> counting(AtomicInteger parses, boolean invalid) {
		return (input) -> {
			parses.incrementAndGet();
			if (invalid) {
				return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
			}
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};
	}

}
