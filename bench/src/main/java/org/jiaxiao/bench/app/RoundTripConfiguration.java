package org.jiaxiao.bench.app;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Registers a {@link RoundTrips} listener on the app's own MongoDB client, so the
 * benchmark counts what a GraphQL or REST request really sends to the database.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class RoundTripConfiguration {

	@Bean
	RoundTrips appRoundTrips() {
		return new RoundTrips();
	}

	@Bean
	MongoClientSettingsBuilderCustomizer countRoundTrips(RoundTrips appRoundTrips) {
		return (settings) -> settings.addCommandListener(appRoundTrips);
	}

}
