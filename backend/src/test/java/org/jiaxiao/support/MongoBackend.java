package org.jiaxiao.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Chooses, once per test JVM, the MongoDB the tests run against: a real one (a replica
 * set in a container) where a Docker engine exists, the embedded wire-protocol server
 * otherwise. The same test classes run either way; nothing is skipped for lack of Docker.
 * {@code JIAXIAO_TEST_MONGO_IMAGE} (or the system property
 * {@code jiaxiao.test.mongo-image}) names the image, {@code JIAXIAO_TEST_MONGO=embedded}
 * (or {@code jiaxiao.test.mongo}) keeps the embedded server even where Docker exists: the
 * hosted CI runs every leg of its matrix that way.
 */
public final class MongoBackend {

	private static final Logger log = LoggerFactory.getLogger(MongoBackend.class);

	private static final String IMAGE = setting("jiaxiao.test.mongo-image", "JIAXIAO_TEST_MONGO_IMAGE", "mongo:8.0");

	private static final boolean EMBEDDED_ASKED = "embedded"
		.equalsIgnoreCase(setting("jiaxiao.test.mongo", "JIAXIAO_TEST_MONGO", ""));

	private static final MongoDBContainer CONTAINER = startContainerIfDockerExists();

	private MongoBackend() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		if (CONTAINER != null) {
			registry.add("spring.mongodb.uri", () -> CONTAINER.getReplicaSetUrl("jiaxiao"));
		}
		else {
			registry.add("jiaxiao.embedded-mongo.in-memory", () -> "true");
		}
	}

	/**
	 * Whether the tests run against the embedded server (which has no {@code explain}).
	 */
	public static boolean embedded() {
		return CONTAINER == null;
	}

	public static String describe() {
		return (CONTAINER != null) ? "MongoDB " + IMAGE + " (Testcontainers)" : "embedded mongo-java-server";
	}

	private static MongoDBContainer startContainerIfDockerExists() {
		if (EMBEDDED_ASKED) {
			log.info("JIAXIAO_TEST_MONGO=embedded: tests run against the embedded MongoDB wire-protocol server.");
			return null;
		}
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			log.info("No Docker engine: tests run against the embedded MongoDB wire-protocol server.");
			return null;
		}
		MongoDBContainer container = new MongoDBContainer(IMAGE);
		container.start();
		log.info("Tests run against {} at {}", IMAGE, container.getReplicaSetUrl());
		return container;
	}

	private static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property, System.getenv(variable));
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

}
