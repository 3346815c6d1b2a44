package org.jiaxiao.platform.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the embedded MongoDB. The standard indicator sends {@code hello}, which the
 * embedded server does not know, so it would report DOWN while all is well; {@code ping}
 * works on both.
 */
class EmbeddedMongoHealth extends AbstractHealthIndicator {

	private final MongoClient client;

	EmbeddedMongoHealth(MongoClient client) {
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("server", "embedded mongo-java-server");
	}

}
