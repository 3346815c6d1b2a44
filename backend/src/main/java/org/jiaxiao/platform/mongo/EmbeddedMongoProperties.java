package org.jiaxiao.platform.mongo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MongoDB keeps its data when no {@code spring.mongodb.uri} is set.
 *
 * @param path file of the H2 store; data survive a restart. An H2 file-system prefix
 * ({@code nio:}, {@code nioMapped:}, …) is passed on as it is.
 * @param inMemory keep nothing on disk (tests, throwaway runs)
 * @param commit when a write reaches the file: before the response that acknowledges it
 * (the default, {@link CommitMode#PER_REQUEST}), before each reply of the embedded server
 * ({@link CommitMode#PER_WRITE}) or in the background
 * @param port loopback port the embedded server listens on; 0 (the default) takes a free
 * one. A fixed port lets a second instance share this store.
 */
@ConfigurationProperties("jiaxiao.embedded-mongo")
public record EmbeddedMongoProperties(String path, boolean inMemory, @Nullable CommitMode commit, int port) {

	public EmbeddedMongoProperties {
		if (path == null || path.isBlank()) {
			path = "data/jiaxiao.mv";
		}
		if (commit == null) {
			commit = CommitMode.PER_REQUEST;
		}
	}

	/** The commit mode, never null once bound. */
	public CommitMode commitMode() {
		return (this.commit != null) ? this.commit : CommitMode.PER_REQUEST;
	}

}
