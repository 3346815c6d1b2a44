package org.jiaxiao.platform.observe;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the app's two operations switches into Spring Boot's settings, as defaults that
 * any explicit setting overrides.
 * <p>
 * {@code jiaxiao.metrics.enabled}: on, the actuator moves to its own port
 * ({@code jiaxiao.metrics.port}, or {@code management.server.port}) with the Prometheus
 * endpoint and histograms for the dashboard's percentiles; off, no meter registry and no
 * MongoDB command listener at all, so metrics cost nothing. Either way the main port
 * answers {@code /livez} and {@code /readyz}.
 * <p>
 * {@code jiaxiao.log.format=json}: console lines as Elastic Common Schema JSON, with the
 * MDC (the request id) as fields.
 */
public class ObservabilitySwitches implements EnvironmentPostProcessor {

	static final String METRICS_ENABLED = "jiaxiao.metrics.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("management.endpoint.health.probes.add-additional-paths", "true");
		if (environment.getProperty(METRICS_ENABLED, Boolean.class, false)) {
			defaults.put("management.server.port", environment.getProperty("jiaxiao.metrics.port", "9090"));
			defaults.put("management.endpoints.web.exposure.include", "health,prometheus");
			defaults.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
			defaults.put("management.metrics.distribution.percentiles-histogram.mongodb.driver.commands", "true");
		}
		else {
			defaults.put("management.endpoints.web.exposure.include", "health");
			defaults.put("management.defaults.metrics.export.enabled", "false");
			defaults.put("management.metrics.mongodb.command.enabled", "false");
			defaults.put("management.metrics.mongodb.connectionpool.enabled", "false");
		}
		if ("json".equalsIgnoreCase(environment.getProperty("jiaxiao.log.format", "plain"))) {
			defaults.put("logging.structured.format.console", "ecs");
		}
		environment.getPropertySources().addLast(new MapPropertySource("jiaxiaoObservability", defaults));
	}

}
