package org.jiaxiao.platform.observe;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Times each GraphQL request by operation name and outcome ({@code success}, or the
 * classification of its first error). An interceptor around the whole request rather than
 * an instrumentation: graphql-java calls instrumentations for every field (decision 10),
 * this costs one timer per request.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlTimings implements WebGraphQlInterceptor {

	static final String METER = "jiaxiao.graphql.operation";

	private final MeterRegistry registry;

	GraphQlTimings(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Timer.Sample sample = Timer.start(this.registry);
		return chain.next(request).doOnNext((response) -> {
			String operation = OperationNameCapture.of(response.getExecutionInput().getGraphQLContext());
			sample.stop(timer(operation, outcome(response.getErrors())));
		}).doOnError((ex) -> sample.stop(timer("none", "exception")));
	}

	private Timer timer(String operation, String outcome) {
		return Timer.builder(METER)
			.description("GraphQL requests by operation name and outcome")
			.tag("operation", operation)
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(this.registry);
	}

	private static String outcome(List<ResponseError> errors) {
		if (errors.isEmpty()) {
			return "success";
		}
		Object type = errors.get(0).getErrorType();
		return String.valueOf(type);
	}

}
