package org.jiaxiao.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.platform.observe.RequestId;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Refusals of a request body, answered in the GraphQL-over-HTTP error shape so clients
 * handle them like any other request error: a code to act on (the SPA shows its own text
 * for it) and a message in Chinese and English for people reading raw responses.
 */
@Component
class GraphQlErrors {

	private final JsonMapper json;

	GraphQlErrors(JsonMapper json) {
		this.json = json;
	}

	void tooLarge(HttpServletResponse response, long maxSize) throws IOException {
		long kilobytes = maxSize / 1024;
		write(response, 413, "REQUEST_TOO_LARGE",
				"请求内容超过 " + kilobytes + " KB。The request body is larger than " + kilobytes + " KB.");
	}

	void timedOut(HttpServletResponse response) throws IOException {
		write(response, 408, "REQUEST_TIMEOUT", "请求内容未能及时收到。The request body did not arrive in time.");
	}

	void unsupportedMediaType(HttpServletResponse response) throws IOException {
		write(response, 415, "UNSUPPORTED_MEDIA_TYPE",
				"请求内容须为 JSON（Content-Type: application/json）。The request body must be JSON (Content-Type: application/json).");
	}

	private void write(HttpServletResponse response, int status, String code, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status);
		// The rest of the body is not read: the connection cannot carry another request.
		response.setHeader("Connection", "close");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("code", code, "classification", "BAD_REQUEST"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("errors", List.of(error));
		String requestId = RequestId.of(response);
		if (requestId != null) {
			body.put("extensions", Map.of("requestId", requestId));
		}
		response.getOutputStream().write(this.json.writeValueAsBytes(body));
	}

}
