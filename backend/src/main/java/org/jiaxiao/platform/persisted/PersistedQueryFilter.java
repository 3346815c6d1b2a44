package org.jiaxiao.platform.persisted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.jiaxiao.platform.web.BufferedBodyRequest;
import org.jiaxiao.platform.web.GraphQlBodyFilter;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Apollo persisted-query protocol in front of {@code /graphql}: a request carrying
 * only {@code extensions.persistedQuery.sha256Hash} gets its document filled in; a
 * request with both may teach the server the document: its hash is checked here, and it
 * is learned only once it has run as valid GraphQL ({@link LearnValidDocuments}). With
 * only registered documents allowed, anything else is refused before it is parsed.
 */
@Component
class PersistedQueryFilter extends OncePerRequestFilter {

	/**
	 * Request attribute: the hash under which to learn this request's document if valid.
	 */
	static final String LEARN = PersistedQueryFilter.class.getName() + ".learn";

	private static final byte[] PERSISTED_QUERY = "\"persistedQuery\"".getBytes(StandardCharsets.UTF_8);

	private final PersistedQueries queries;

	private final PersistedQueryProperties properties;

	private final JsonMapper json;

	PersistedQueryFilter(PersistedQueries queries, PersistedQueryProperties properties, JsonMapper json) {
		this.queries = queries;
		this.properties = properties;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// GraphQL requests come here once their body is in (see GraphQlBodyFilter).
		return !GraphQlBodyFilter.deliversBody(request);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		if (!this.properties.onlyRegistered() && !mentionsPersistedQuery(body)) {
			// Nothing for this filter to do (the SPA's requests): not worth parsing the
			// body
			// twice.
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		JsonNode root = parse(body);
		if (!(root instanceof ObjectNode object)) {
			// Not ours to judge: the GraphQL handler answers malformed bodies itself.
			chain.doFilter(new BufferedBodyRequest(request, body), response);
			return;
		}
		String hash = object.path("extensions").path("persistedQuery").path("sha256Hash").asString(null);
		String document = object.path("query").isString() ? object.path("query").asString() : null;
		boolean onlyRegistered = this.properties.onlyRegistered();
		if (hash != null && document == null) {
			Optional<String> known = this.queries.find(hash, onlyRegistered);
			if (known.isEmpty()) {
				refuse(response, "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND");
				return;
			}
			object.put("query", known.get());
			chain.doFilter(new BufferedBodyRequest(request, this.json.writeValueAsBytes(object)), response);
			return;
		}
		if (document != null && onlyRegistered && !this.queries.isRegistered(document)) {
			refuse(response, "Only registered documents are accepted here.", "PERSISTED_QUERY_NOT_REGISTERED");
			return;
		}
		if (hash != null && !onlyRegistered) {
			if (!PersistedQueries.sha256(document).equals(hash)) {
				refuse(response, "provided sha does not match query", "PERSISTED_QUERY_HASH_MISMATCH");
				return;
			}
			request.setAttribute(LEARN, hash);
		}
		chain.doFilter(new BufferedBodyRequest(request, body), response);
	}

	/**
	 * Whether the body names the extension at all. A body that spells the name with
	 * escapes is taken as a plain request: its document runs, unlearned.
	 */
	static boolean mentionsPersistedQuery(byte[] body) {
		outer: for (int start = 0; start <= body.length - PERSISTED_QUERY.length; start++) {
			for (int i = 0; i < PERSISTED_QUERY.length; i++) {
				if (body[start + i] != PERSISTED_QUERY[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private JsonNode parse(byte[] body) {
		try {
			return this.json.readTree(body);
		}
		catch (RuntimeException ex) {
			return this.json.nullNode();
		}
	}

	private void refuse(HttpServletResponse response, String message, String code) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("code", code, "classification", "BAD_REQUEST"));
		response.getOutputStream().write(this.json.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

}
