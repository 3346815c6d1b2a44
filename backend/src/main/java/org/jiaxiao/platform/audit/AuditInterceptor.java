package org.jiaxiao.platform.audit;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/** Gives each request an {@link AuditTrail} and writes it once the response is ready. */
@Component
class AuditInterceptor implements WebGraphQlInterceptor {

	private final AuditLog log;

	AuditInterceptor(AuditLog log) {
		this.log = log;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AuditTrail trail = new AuditTrail();
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(AuditTrail.KEY, trail)).build());
		return chain.next(request).doOnNext((response) -> trail.writeTo(this.log));
	}

}
