package org.jiaxiao.bench.app;

import jakarta.servlet.ServletException;

import org.jiaxiao.bench.load.CacheSwitch;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Stands in for the app's {@code /graphql} handler, which answers on the request's
 * thread, so the benchmark can switch to Spring's own handler (an async dispatch per
 * request) for a window and measure, in the same JVM and interleaved, what that costs.
 */
public final class AsyncDispatchSwitch extends GraphQlHttpHandler implements CacheSwitch {

	private final GraphQlHttpHandler app;

	private volatile boolean enabled = true;

	AsyncDispatchSwitch(WebGraphQlHandler handler, GraphQlHttpHandler app) {
		super(handler);
		this.app = app;
	}

	@Override
	public void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		return this.enabled ? this.app.handleRequest(request) : super.handleRequest(request);
	}

}
