package org.jiaxiao.sync;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sync feed.
 *
 * @param gapGrace how long a change number may stay taken but not stored before a reader
 * closes it (its writer then takes a new one)
 * @param cursorKey the key that signs sync cursors (base64, at least 32 bytes); when
 * unset, a random key is made at the first start and kept in the database, shared by
 * every instance (see docs/decisions/0018)
 */
@ConfigurationProperties("jiaxiao.sync")
public record SyncProperties(@Nullable Duration gapGrace, @Nullable String cursorKey) {

	public SyncProperties {
		gapGrace = (gapGrace != null) ? gapGrace : Duration.ofSeconds(10);
	}

}
