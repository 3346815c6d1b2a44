package org.jiaxiao.platform.audit;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives each request an {@link AuditTrail} and stores it before the response leaves. When
 * the event cannot be stored, the caller gets an error instead of the data: personal
 * information is never handed out without its trace.
 */
@Component
class AuditInterceptor implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(AuditInterceptor.class);

	private final AuditLog log;

	AuditInterceptor(AuditLog log) {
		this.log = log;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AuditTrail trail = new AuditTrail();
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(AuditTrail.KEY, trail)).build());
		return chain.next(request).map((response) -> {
			try {
				trail.writeTo(this.log);
				return response;
			}
			catch (DataAccessException ex) {
				logger.error("Audit event not stored; the response is withheld", ex);
				return response.transform((builder) -> builder.data(null)
					.errors(List.of(GraphqlErrorBuilder.newError()
						.errorType(ErrorType.INTERNAL_ERROR)
						.message("无法记录访问日志，本次请求未返回数据，请稍后再试。 / The access could not be logged, so no data is returned; "
								+ "try again later.")
						.build())));
			}
		});
	}

}
