package org.jiaxiao.directory.graphql;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.jiaxiao.directory.StaffMember;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the request's caller in its GraphQL context, taken while the request's security
 * context is in place, so that a field answered per row of a long list
 * ({@link RowFields}) knows who asks without the thread-local context being restored
 * around each row.
 */
@Component
public class RequestViewer implements WebGraphQlInterceptor {

	private static final String KEY = RequestViewer.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(KEY, authentication)).build());
		}
		return chain.next(request);
	}

	/** The caller, or {@code FORBIDDEN} as {@link Viewers#require} answers it. */
	public static StaffMember require(DataFetchingEnvironment environment) {
		return Viewers.require(of(environment.getGraphQlContext()));
	}

	private static @Nullable Authentication of(GraphQLContext context) {
		return context.get(KEY);
	}

}
