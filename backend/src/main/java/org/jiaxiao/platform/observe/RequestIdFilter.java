package org.jiaxiao.platform.observe;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.GenericFilterBean;

/**
 * Gives each request its {@link RequestId} before anything else runs: in the MDC for the
 * request's log lines, in a request attribute for the GraphQL response, and in the
 * response header. An error or async dispatch of the same request keeps its id.
 */
class RequestIdFilter extends GenericFilterBean {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String id = RequestId.of(request);
		if (id == null) {
			id = RequestId.accept(((HttpServletRequest) request).getHeader(RequestId.HEADER));
			request.setAttribute(RequestId.ATTRIBUTE, id);
		}
		HttpServletResponse http = (HttpServletResponse) response;
		if (!http.isCommitted() && !http.containsHeader(RequestId.HEADER)) {
			http.setHeader(RequestId.HEADER, id);
		}
		String outer = MDC.get(RequestId.MDC_KEY);
		MDC.put(RequestId.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				MDC.remove(RequestId.MDC_KEY);
			}
			else {
				MDC.put(RequestId.MDC_KEY, outer);
			}
		}
	}

}
