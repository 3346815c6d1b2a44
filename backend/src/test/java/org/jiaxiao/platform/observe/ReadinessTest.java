package org.jiaxiao.platform.observe;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.TestIssuer;

import org.springframework.test.context.TestPropertySource;

/**
 * An app whose identity provider's keys cannot be fetched is not ready (no sign-in could
 * succeed) but is alive: restarting it would not help. Port 1 on the loopback address
 * refuses connections.
 */
@TestPropertySource(properties = { "jiaxiao.identity.issuer-uri=" + TestIssuer.ISSUER,
		"jiaxiao.identity.jwk-set-uri=http://127.0.0.1:1/certs" })
class ReadinessTest extends ApiTest {

	@Test
	void unreachableIssuerKeysMakeTheAppNotReadyButAlive() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN");
		this.http.get().uri("/readyz").exchange().expectStatus().isEqualTo(503);
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.http.get().uri("/livez").exchange().expectStatus().isOk();
	}

}
