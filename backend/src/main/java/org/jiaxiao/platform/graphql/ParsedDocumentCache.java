package org.jiaxiao.platform.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated GraphQL documents by their text. The SPA and the mobile app
 * send the same few documents over and over, and graphql-java otherwise parses and
 * validates each one on every request (a measurable share of a small screen's time; see
 * {@code bench/}). Only documents that validated are kept, so errors are always computed
 * afresh in the caller's locale; and the cache is bounded by count and by total text
 * length (the least used go first), so a client sending endless distinct documents cannot
 * grow memory. Depth and cost limits still run on every request: graphql-java checks them
 * when executing, with the request's variables.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 500;

	static final int MAX_TEXT_LENGTH = 20_000;

	/**
	 * All kept documents together; each counts at least its share, bounding the count.
	 */
	static final int MAX_TOTAL_TEXT_LENGTH = 1_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_TOTAL_TEXT_LENGTH)
		.weigher((String text, PreparsedDocumentEntry entry) -> Math.max(text.length(),
				MAX_TOTAL_TEXT_LENGTH / MAX_DOCUMENTS))
		// Evict on the caller's thread: the bound holds when a request has added its
		// document.
		.executor(Runnable::run)
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached = this.documents.getIfPresent(text);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && text.length() <= MAX_TEXT_LENGTH) {
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	long size() {
		this.documents.cleanUp();
		return this.documents.estimatedSize();
	}

	long textLength() {
		this.documents.cleanUp();
		return this.documents.asMap().keySet().stream().mapToLong(String::length).sum();
	}

}
