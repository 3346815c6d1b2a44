package org.jiaxiao.bench.load;

/**
 * The ways one screen's work is done, measured side by side in the same JVM.
 */
public enum Variant {

	/** {@code POST /graphql} with the SPA's document, as the SPA sends it. */
	GRAPHQL("GraphQL"),

	/**
	 * The same, with the parsed-document cache switched off (each request parses and
	 * validates its document again).
	 */
	GRAPHQL_UNCACHED("GraphQL, no document cache"),

	/**
	 * The same, answered the way Spring's GraphQL handler answers: through a servlet
	 * async dispatch, instead of on the request's thread.
	 */
	GRAPHQL_ASYNC("GraphQL, async dispatch"),

	/**
	 * The same, with the GraphQL observations Spring Boot registers by default (request,
	 * data fetchers, data loaders), which the app leaves out.
	 */
	GRAPHQL_OBSERVED("GraphQL, with GraphQL observations"),

	/**
	 * The same, with the embedded store committing in the background (about once a
	 * second) instead of before each reply: what a durable acknowledgement costs.
	 */
	GRAPHQL_BACKGROUND_COMMIT("GraphQL, background commit"),

	/** The bench profile's REST endpoint: same services, same JSON. */
	REST("REST"),

	/** The raw driver in-process: the floor. */
	RAW("raw driver");

	private final String label;

	Variant(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * GraphQL with one of the app's levers switched off: the same requests as
	 * {@link #GRAPHQL}, measured at one client only.
	 */
	public boolean leverOff() {
		return this == GRAPHQL_UNCACHED || this == GRAPHQL_ASYNC || this == GRAPHQL_OBSERVED
				|| this == GRAPHQL_BACKGROUND_COMMIT;
	}

}
