package org.jiaxiao.platform.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated GraphQL documents by their text. The SPA and the mobile app
 * send the same few documents over and over, and graphql-java otherwise parses and
 * validates each one on every request (a measurable share of a small screen's time; see
 * {@code bench/}). Only documents that validated are kept, so errors are always computed
 * afresh in the caller's locale; and the cache is bounded by count and text length, so a
 * client sending endless distinct documents cannot grow memory. Depth and cost limits
 * still run on every request: graphql-java checks them when executing, with the request's
 * variables.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 500;

	static final int MAX_TEXT_LENGTH = 20_000;

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached = this.documents.get(text);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && text.length() <= MAX_TEXT_LENGTH) {
			if (this.documents.size() >= MAX_DOCUMENTS) {
				// Rare (only with many distinct documents): start again rather than track
				// age.
				this.documents.clear();
			}
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return this.documents.size();
	}

}
