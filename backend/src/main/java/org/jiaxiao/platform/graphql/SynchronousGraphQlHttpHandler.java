package org.jiaxiao.platform.graphql;

import java.util.concurrent.CompletableFuture;

import jakarta.servlet.ServletException;
import reactor.core.publisher.Mono;

import org.jiaxiao.platform.observe.RequestId;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers {@code POST /graphql} on the request's own thread when the result is ready once
 * execution returns, as it is for every operation here (the data fetchers are blocking
 * calls). Spring's handler always answers through a servlet async dispatch: the request
 * leaves the container and comes back through the filter chain (security, observation)
 * and the dispatcher a second time, a fixed cost per request that a REST endpoint does
 * not pay (measured in {@code bench/}). A result not ready yet still goes the
 * asynchronous way, and so does a failed one (errors are answered as before).
 * <p>
 * A body that is not a GraphQL request (malformed JSON, no query) is answered in the
 * GraphQL error shape, not with Spring's generic error page.
 */
class SynchronousGraphQlHttpHandler extends GraphQlHttpHandler {

	static final String NOT_A_GRAPHQL_REQUEST = "The request body is not a GraphQL request: "
			+ "send JSON with a \"query\" string (and optional \"variables\" and \"operationName\").";

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	SynchronousGraphQlHttpHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		try {
			return super.handleRequest(request);
		}
		catch (HttpMessageNotReadableException ex) {
			return refuse(request, HttpStatus.BAD_REQUEST);
		}
		catch (ResponseStatusException ex) {
			// Spring for GraphQL's own input errors: an unreadable body, no query.
			if (ex.getStatusCode().is4xxClientError()) {
				return refuse(request, ex.getStatusCode());
			}
			throw ex;
		}
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> responseMono) {
		// Subscribes once: executes the operation now, on this thread.
		CompletableFuture<WebGraphQlResponse> result = responseMono.toFuture();
		ServerResponse response = super.prepareResponse(request, Mono.fromFuture(result));
		if (result.isDone() && !result.isCompletedExceptionally() && response instanceof AsyncServerResponse async) {
			return async.block();
		}
		return response;
	}

	/** As the GraphQL-over-HTTP spec asks: its media type when the client accepts it. */
	private static ServerResponse refuse(ServerRequest request, HttpStatusCode status) {
		boolean graphqlResponse = request.headers()
			.accept()
			.stream()
			.anyMatch((accepted) -> !accepted.isWildcardType() && accepted.includes(GRAPHQL_RESPONSE));
		return ServerResponse.status(status)
			.contentType(graphqlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON)
			.body(GraphQlErrorBodies.of(NOT_A_GRAPHQL_REQUEST, ErrorType.BAD_REQUEST,
					RequestId.of(request.servletRequest())));
	}

}
