package org.jiaxiao.bench.app;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;

import org.jiaxiao.bench.load.CacheSwitch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * Spring Boot's default GraphQL observations (a timer per request, per data fetcher and
 * per data loader), which the app leaves out because nothing reads them: idle as the app
 * runs, switched on for a window so the benchmark measures what they would cost. Only
 * with {@code -Djiaxiao.bench.observations=true}: as a second instrumentation it turns
 * the app's single one into a chain that every field of every variant then runs through,
 * which is a cost of its own.
 */
@Component
@Profile("bench")
@ConditionalOnBooleanProperty("jiaxiao.bench.observations")
public final class GraphQlObservationSwitch extends GraphQlObservationInstrumentation implements CacheSwitch {

	private volatile boolean observing;

	GraphQlObservationSwitch(ObservationRegistry registry) {
		super(registry);
	}

	/** {@code false}: the lever off, observations on. */
	@Override
	public void enabled(boolean enabled) {
		this.observing = !enabled;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		// Without its state every other hook of the instrumentation does nothing.
		return this.observing ? super.createStateAsync(parameters) : CompletableFuture.completedFuture(null);
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return this.observing ? super.instrumentExecutionInput(input, parameters, state) : input;
	}

}
