package org.jiaxiao.platform.observe;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Puts the request id in the GraphQL response's {@code extensions}, where a client that
 * reports a failure finds it without reading headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object id = request.getAttributes().get(RequestId.ATTRIBUTE);
		if (id == null) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> response.transform((builder) -> {
			Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
			extensions.put(RequestId.MDC_KEY, id);
			builder.extensions(extensions);
		}));
	}

}
