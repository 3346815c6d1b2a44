package org.jiaxiao.analytics;

/**
 * An analytics query refused or stopped: too broad, or over the time limit. Reported as a
 * BAD_REQUEST error with {@code extensions.code}, so a client can tell the two apart.
 */
public class AnalyticsException extends RuntimeException {

	/** The query would ask for too much (dimensions, period, buckets). */
	public static final String TOO_BROAD = "ANALYTICS_QUERY_TOO_BROAD";

	/** The query ran longer than allowed. */
	public static final String TIMEOUT = "ANALYTICS_TIMEOUT";

	/** The query's input cannot be read (a reversed period, a dimension twice). */
	public static final String INVALID = "ANALYTICS_INVALID_QUERY";

	private final String code;

	public AnalyticsException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
