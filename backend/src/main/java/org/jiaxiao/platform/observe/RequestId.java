package org.jiaxiao.platform.observe;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * The id of one HTTP request, for finding its log lines from what a client reports. A
 * caller's {@code X-Request-Id} (from a proxy or the mobile app) is kept when it is short
 * and plain; anything else is replaced, so a log line never carries a caller's markup.
 */
public final class RequestId {

	public static final String HEADER = "X-Request-Id";

	/** The MDC key: the field name of the id in every log line of the request. */
	public static final String MDC_KEY = "requestId";

	static final String ATTRIBUTE = RequestId.class.getName();

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestId() {
	}

	/** The caller's id when well-formed, else a new one. */
	static String accept(@Nullable String offered) {
		return (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered : UUID.randomUUID().toString();
	}

	/** The id of the request, once {@link RequestIdFilter} has seen it. */
	public static @Nullable String of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String id) ? id : null;
	}

	/** The id the response carries, for code that holds only the response. */
	public static @Nullable String of(HttpServletResponse response) {
		return response.getHeader(HEADER);
	}

}
