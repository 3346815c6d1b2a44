package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the per-request commit modes, holds every HTTP response until what the request
 * changed (and anything it may have read uncommitted) is in the data file: one commit for
 * all the request's writes, shared with concurrent requests. Ordered first, so it covers
 * every write of the request, the audit event included.
 * <p>
 * It waits on the dispatch that completes the response: not while the request is
 * async-started (a slowly read body is re-dispatched), but on that async dispatch. A
 * small answer is still in the container's buffer when the wait runs; a larger one has
 * gone out in chunks without a length, its end only after this filter returns. If the
 * store cannot write, the response becomes an error: a GraphQL error with
 * {@code STORAGE_UNAVAILABLE} while nothing was sent yet, otherwise the exception aborts
 * the response. See docs/decisions/0014-acknowledged-means-stored.md.
 */
final class RequestCommitFilter extends OncePerRequestFilter {

	private static final String ERROR_BODY = "{\"errors\":[{\"message\":\"" + StoreFailureErrors.MESSAGE
			+ "\",\"extensions\":{\"code\":\"" + StoreFailureErrors.CODE
			+ "\",\"classification\":\"INTERNAL_ERROR\"}}]}";

	private static final String FAILED_BEFORE = RequestCommitFilter.class.getName() + ".failedBefore";

	/** Null when the store is not committed per request: then the filter passes all. */
	private final @Nullable IdPinnedH2Backend backend;

	RequestCommitFilter(@Nullable IdPinnedH2Backend backend) {
		this.backend = backend;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.backend == null;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getAttribute(FAILED_BEFORE) == null) {
			request.setAttribute(FAILED_BEFORE, this.backend != null && this.backend.failure() != null);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			// A request that began after the store failed cannot have stored or seen
			// anything unsaved (every command is refused): its answer, an error or health
			// DOWN, goes out as it is.
			if (!isAsyncStarted(request) && !Boolean.TRUE.equals(request.getAttribute(FAILED_BEFORE))) {
				awaitDurable(request, response);
			}
		}
	}

	private void awaitDurable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		IdPinnedH2Backend h2 = this.backend;
		if (h2 == null) {
			return;
		}
		try {
			h2.awaitRequestDurable();
		}
		catch (GroupCommit.StoreFailedException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			// GraphQL clients read the error from a 200 answer; other callers get 503.
			boolean graphQl = request.getRequestURI().endsWith("/graphql");
			response.setStatus(graphQl ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(ERROR_BODY);
		}
	}

}
