package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.mongodb.ConnectionString;
import jakarta.servlet.DispatcherType;
import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Starts an in-process MongoDB wire-protocol server when no real MongoDB is configured,
 * so the app runs with nothing installed but a JDK. Setting {@code spring.mongodb.uri}
 * turns this off and the same code talks to the real server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty()")
class EmbeddedMongoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	/** Two letters or more before the colon, so that a Windows drive is not one. */
	private static final Pattern H2_FILE_SYSTEM_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]+:");

	/** Closed by the server's shutdown, after its connections. */
	@Bean(destroyMethod = "")
	MongoBackend embeddedMongoBackend(EmbeddedMongoProperties properties) throws IOException {
		if (properties.inMemory()) {
			return new IdPinnedMemoryBackend();
		}
		String file = dataFile(properties.path());
		return new IdPinnedH2Backend(IdPinnedH2Backend.open(file, properties.commitMode()), properties.commitMode());
	}

	/** For the benchmark only; null (no bean) when the store is in memory. */
	@Bean
	@Nullable EmbeddedCommitSwitch embeddedCommitSwitch(MongoBackend embeddedMongoBackend) {
		return (embeddedMongoBackend instanceof IdPinnedH2Backend h2) ? new EmbeddedCommitSwitch(h2) : null;
	}

	/**
	 * The per-request commit's barrier, first of all filters (before security), on every
	 * dispatch; it does nothing in the other modes.
	 */
	@Bean
	FilterRegistrationBean<RequestCommitFilter> requestCommitFilter(MongoBackend embeddedMongoBackend) {
		IdPinnedH2Backend h2 = (embeddedMongoBackend instanceof IdPinnedH2Backend file && file.commitsPerRequest())
				? file : null;
		FilterRegistrationBean<RequestCommitFilter> registration = new FilterRegistrationBean<>(
				new RequestCommitFilter(h2));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(MongoBackend embeddedMongoBackend, EmbeddedMongoProperties properties) {
		MongoServer server = new MongoServer(embeddedMongoBackend);
		server.bind("127.0.0.1", properties.port());
		log.info("Embedded MongoDB ({}) on {}. Set spring.mongodb.uri (env SPRING_MONGODB_URI) to use a real MongoDB.",
				properties.inMemory() ? "in memory"
						: "data in " + properties.path() + ", commit " + properties.commitMode(),
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
	EmbeddedMongoHealth mongoHealthContributor(MongoClient mongoClient, MongoBackend embeddedMongoBackend) {
		return new EmbeddedMongoHealth(mongoClient, embeddedMongoBackend);
	}

	/**
	 * The data file's absolute name, its directory created. A name with an H2 file-system
	 * prefix ({@code nio:…}) is H2's to resolve and is passed on as it is.
	 */
	private static String dataFile(String path) throws IOException {
		if (H2_FILE_SYSTEM_PREFIX.matcher(path).lookingAt()) {
			return path;
		}
		Path file = Path.of(path).toAbsolutePath();
		Files.createDirectories(file.getParent());
		return file.toString();
	}

}
