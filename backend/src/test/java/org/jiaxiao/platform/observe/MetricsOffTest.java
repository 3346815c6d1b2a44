package org.jiaxiao.platform.observe;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * By default metrics are off: no Prometheus endpoint anywhere, no management port, and
 * health stays on the main port as before.
 */
class MetricsOffTest extends ApiTest {

	@Value("${management.server.port:}")
	private String managementPort;

	@Test
	void noMetricsEndpointAndHealthOnTheMainPort() {
		as("homeroom").document("{ viewer { username } }").execute();
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("# TYPE"));
		this.http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.http.get().uri("/readyz").exchange().expectStatus().isOk();
		assertThat(this.managementPort).isEmpty();
	}

}
