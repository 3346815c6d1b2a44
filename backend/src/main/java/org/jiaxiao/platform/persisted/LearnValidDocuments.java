package org.jiaxiao.platform.persisted;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Learns a document sent with its hash only once GraphQL has parsed and validated it (and
 * its limits let it run): junk sent with a correct hash is answered with its errors and
 * never kept. The verdict is graphql-java's own, so nothing is parsed twice.
 */
@Component
class LearnValidDocuments implements WebGraphQlInterceptor {

	private final PersistedQueries queries;

	LearnValidDocuments(PersistedQueries queries) {
		this.queries = queries;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(PersistedQueryFilter.LEARN) instanceof String hash)) {
			return chain.next(request);
		}
		return chain.next(request).doOnNext((response) -> {
			if (response.isValid()) {
				this.queries.learn(hash, request.getDocument());
			}
		});
	}

}
