package org.jiaxiao.platform.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;

/**
 * The GraphQL-over-HTTP error shape, {@code {"errors":[{"message", "extensions":
 * {"classification"}}]}}, for requests refused before any GraphQL runs (no valid token, a
 * body that is not a GraphQL request). Clients then read every failure of
 * {@code /graphql} the same way, as they read errors from execution. Messages are fixed
 * texts: nothing from the request is echoed back. The request id goes in the top-level
 * {@code extensions}, as in every other GraphQL response.
 */
public final class GraphQlErrorBodies {

	private GraphQlErrorBodies() {
	}

	public static Map<String, Object> of(String message, ErrorType classification, @Nullable String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", classification.name()))));
		if (requestId != null) {
			body.put("extensions", Map.of("requestId", requestId));
		}
		return body;
	}

}
