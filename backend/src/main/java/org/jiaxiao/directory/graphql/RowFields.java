package org.jiaxiao.directory.graphql;

import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Fields answered once per row of a long list (a roster's 60 students, a timeline's 20
 * entries) as plain data fetchers rather than controller methods. A controller method
 * costs Spring's argument resolution and a restored thread-local context around every
 * row: a tenth of the samples of a roster's GraphQL requests in a JFR profile. Answered
 * this way, a timeline page cost 0.39–0.40 ms more CPU on the request thread than the
 * same answer over REST, against 0.50–0.56 ms before ({@code bench/}, two interleaved
 * runs each). A row field must therefore read nothing thread-local: it takes the caller
 * from {@link RequestViewer} and the rest from its source, the request's context or a
 * DataLoader, which restores its own context.
 */
public final class RowFields {

	private RowFields() {
	}

	/** A row field: its answer, or a DataLoader's pending one. */
	public static DataFetcher<Object> of(Function<DataFetchingEnvironment, @Nullable Object> answer) {
		return (TrivialDataFetcher<Object>) answer::apply;
	}

}
