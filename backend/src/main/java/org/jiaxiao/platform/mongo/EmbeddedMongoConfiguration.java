package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an in-process MongoDB wire-protocol server when no real MongoDB is configured,
 * so the app runs with nothing installed but a JDK. Setting {@code spring.mongodb.uri}
 * turns this off and the same code talks to the real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) throws IOException {
		MongoServer server = new MongoServer(backend(properties));
		server.bind("127.0.0.1", 0);
		log.info("Embedded MongoDB ({}) on {}. Set spring.mongodb.uri (env SPRING_MONGODB_URI) to use a real MongoDB.",
				properties.inMemory() ? "in memory" : "data in " + Path.of(properties.path()).toAbsolutePath(),
				server.getLocalAddress());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		var address = embeddedMongoServer.getLocalAddress();
		var uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/jiaxiao?directConnection=true");
		return () -> uri;
	}

	/**
	 * Replaces the standard indicator (same bean name), which the embedded server cannot
	 * answer.
	 */
	@Bean
	EmbeddedMongoHealth mongoHealthContributor(MongoClient mongoClient) {
		return new EmbeddedMongoHealth(mongoClient);
	}

	private static MongoBackend backend(EmbeddedMongoProperties properties) throws IOException {
		if (properties.inMemory()) {
			return new IdPinnedMemoryBackend();
		}
		Path file = Path.of(properties.path()).toAbsolutePath();
		Files.createDirectories(file.getParent());
		return new IdPinnedH2Backend(file.toString());
	}

}
