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
 */
public final class MongoBackend {

	private static final Logger log = LoggerFactory.getLogger(MongoBackend.class);

	private static final String IMAGE = "mongo:8.0";

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

	public static String describe() {
		return (CONTAINER != null) ? "MongoDB " + IMAGE + " (Testcontainers)" : "embedded mongo-java-server";
	}

	private static MongoDBContainer startContainerIfDockerExists() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			log.info("No Docker engine: tests run against the embedded MongoDB wire-protocol server.");
			return null;
		}
		MongoDBContainer container = new MongoDBContainer(IMAGE);
		container.start();
		log.info("Tests run against {} at {}", IMAGE, container.getReplicaSetUrl());
		return container;
	}

}
