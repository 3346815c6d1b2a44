package org.jiaxiao.platform.mongo;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoBackend;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the embedded MongoDB. The standard indicator sends {@code hello}, which the
 * embedded server does not know, so it would report DOWN while all is well; {@code ping}
 * works on both. {@code ping} is answered even when the data file can no longer be
 * written (a full disk), so that is asked of the store itself: DOWN, because every write
 * would be refused.
 */
class EmbeddedMongoHealth extends AbstractHealthIndicator {

	private final MongoClient client;

	private final MongoBackend backend;

	EmbeddedMongoHealth(MongoClient client, MongoBackend backend) {
		this.client = client;
		this.backend = backend;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (this.backend instanceof IdPinnedH2Backend h2 && h2.failure() != null) {
			builder.down()
				.withDetail("server", "embedded mongo-java-server")
				.withDetail("error", "The data file could not be written (disk full or I/O error); restart "
						+ "once there is space. Nothing that was not stored was acknowledged.");
			return;
		}
		this.client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("server", "embedded mongo-java-server");
	}

}
