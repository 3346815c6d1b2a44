package org.jiaxiao.platform.graphql;

import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
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
 */
class SynchronousGraphQlHttpHandler extends GraphQlHttpHandler {

	SynchronousGraphQlHttpHandler(WebGraphQlHandler handler) {
		super(handler);
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

}
