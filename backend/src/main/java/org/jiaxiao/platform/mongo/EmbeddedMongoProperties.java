package org.jiaxiao.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MongoDB keeps its data when no {@code spring.mongodb.uri} is set.
 *
 * @param path file of the H2 store; data survive a restart
 * @param inMemory keep nothing on disk (tests, throwaway runs)
 */
@ConfigurationProperties("jiaxiao.embedded-mongo")
public record EmbeddedMongoProperties(String path, boolean inMemory) {

	public EmbeddedMongoProperties {
		if (path == null || path.isBlank()) {
			path = "data/jiaxiao.mv";
		}
	}

}
