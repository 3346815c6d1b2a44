package org.jiaxiao.bench.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.jiaxiao.bench.load.CacheSwitch;

/**
 * Wraps the app's parsed-document cache so the benchmark can switch it off for a window
 * and measure, in the same JVM and interleaved, what parsing and validating each request
 * again would cost.
 */
public final class DocumentCacheSwitch implements PreparsedDocumentProvider, CacheSwitch {

	private final PreparsedDocumentProvider cache;

	private volatile boolean enabled = true;

	DocumentCacheSwitch(PreparsedDocumentProvider cache) {
		this.cache = cache;
	}

	@Override
	public void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (this.enabled) {
			return this.cache.getDocumentAsync(input, parseAndValidate);
		}
		return CompletableFuture.completedFuture(parseAndValidate.apply(input));
	}

}
