package org.jiaxiao.platform.observe;

import io.micrometer.core.instrument.config.MeterFilter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's own meters that cost something per request exist only when metrics are on;
 * off, no instrumentation runs. Meters of rare events (the sweep, audit writes) always
 * exist and go to a registry that keeps nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(ObservabilitySwitches.METRICS_ENABLED)
class MetricsConfiguration {

	/** At most this many operation names; clients may send any name. */
	static final int MAX_OPERATIONS = 200;

	@Bean
	GraphQlTimings graphQlTimings(io.micrometer.core.instrument.MeterRegistry registry) {
		return new GraphQlTimings(registry);
	}

	@Bean
	OperationNameCapture operationNameCapture() {
		return new OperationNameCapture();
	}

	@Bean
	MeterFilter boundedOperationNames() {
		return MeterFilter.maximumAllowableTags(GraphQlTimings.METER, "operation", MAX_OPERATIONS, MeterFilter.deny());
	}

}
