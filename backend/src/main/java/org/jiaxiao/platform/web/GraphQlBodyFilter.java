package org.jiaxiao.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.util.List;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Receives the body of {@code POST /graphql} before anything reads it, without holding a
 * request thread while it arrives. A blocking read holds a thread for as long as the
 * client takes to send: two hundred signed-in clients sending a byte at a time stalled
 * every other request. A body that came whole with the headers (nearly every request)
 * goes on at once; otherwise the rest is read as it comes (servlet non-blocking input),
 * the request is dispatched again once it is complete, and a thread is used only while
 * bytes are there to be read.
 *
 * <ul>
 * <li>A declared length over the limit is refused at once (413), nothing read.</li>
 * <li>A chunked body is counted as it arrives and refused (413) once over the limit.</li>
 * <li>A body not complete within the read timeout is refused (408).</li>
 * <li>A body that is not JSON (by its Content-Type) is refused (415), nothing read.</li>
 * </ul>
 * Runs after authentication (Spring Security's filters come first), so only signed-in
 * callers' bodies are received at all; on the second dispatch the security context is
 * restored from the request, as for any asynchronous request.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class GraphQlBodyFilter extends OncePerRequestFilter {

	private static final List<MediaType> ACCEPTED = List.of(MediaType.APPLICATION_JSON,
			MediaType.parseMediaType("application/graphql"));

	private static final String BODY = GraphQlBodyFilter.class.getName() + ".body";

	private static final String DELIVERED = GraphQlBodyFilter.class.getName() + ".delivered";

	private final GraphQlBodyProperties properties;

	private final GraphQlErrors errors;

	GraphQlBodyFilter(GraphQlBodyProperties properties, GraphQlErrors errors) {
		this.properties = properties;
		this.errors = errors;
	}

	/**
	 * Whether this dispatch of the request carries the body this filter received: true on
	 * the first pass of the request through the filters after this one, false on any
	 * later asynchronous dispatch (the GraphQL handler's own).
	 */
	public static boolean deliversBody(HttpServletRequest request) {
		return request.getAttribute(DELIVERED) != null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.POST.matches(request.getMethod()) || !"/graphql".equals(request.getServletPath());
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// The dispatch this filter starts once the body is in is where the request goes
		// on.
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ASYNC) {
			continueWithBody(request, response, chain);
			return;
		}
		if (!isGraphQlMediaType(request.getContentType())) {
			this.errors.unsupportedMediaType(response);
			return;
		}
		long maxSize = this.properties.maxSize().toBytes();
		long declared = request.getContentLengthLong();
		if (declared > maxSize) {
			this.errors.tooLarge(response, maxSize);
			return;
		}
		ByteArrayOutputStream received = takeWhatHasArrived(request.getInputStream(), declared);
		if (received.size() == declared) {
			// The usual case, a small body that came with the headers: going on here
			// spares the request a second pass through the filters.
			deliver(request, response, chain, received.toByteArray());
			return;
		}
		AsyncContext async = request.startAsync(request, response);
		BodyReader reader = new BodyReader(async, request.getInputStream(), received, maxSize, this.errors,
				(body) -> request.setAttribute(BODY, body));
		async.setTimeout(this.properties.readTimeout().toMillis());
		async.addListener(reader);
		request.getInputStream().setReadListener(reader);
	}

	/**
	 * The media types Spring for GraphQL takes on {@code POST}; anything else (or none)
	 * it refuses with its own 415 page, so it is refused here in the GraphQL error shape.
	 */
	private static boolean isGraphQlMediaType(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return ACCEPTED.stream().anyMatch((accepted) -> accepted.includes(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * The bytes of a body of known length that are already there, read without waiting
	 * for more ({@code available()} is what arrived; a chunked body is left to the
	 * reader).
	 */
	private static ByteArrayOutputStream takeWhatHasArrived(ServletInputStream in, long declared) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (received.size() < declared && in.available() > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, declared - received.size()));
			if (read < 0) {
				break;
			}
			received.write(buffer, 0, read);
		}
		return received;
	}

	private void continueWithBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = (byte[]) request.getAttribute(BODY);
		if (body == null) {
			// A later asynchronous dispatch: the body was handed on already.
			chain.doFilter(request, response);
			return;
		}
		request.removeAttribute(BODY);
		deliver(request, response, chain, body);
	}

	private static void deliver(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			byte[] body) throws ServletException, IOException {
		request.setAttribute(DELIVERED, Boolean.TRUE);
		try {
			chain.doFilter(new BufferedBodyRequest(request, body), response);
		}
		finally {
			request.removeAttribute(DELIVERED);
		}
	}

}
