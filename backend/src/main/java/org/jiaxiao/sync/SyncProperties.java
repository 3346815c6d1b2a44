package org.jiaxiao.sync;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sync feed.
 *
 * @param gapGrace how long a change number may stay taken but not stored before a reader
 * closes it (its writer then takes a new one)
 */
@ConfigurationProperties("jiaxiao.sync")
public record SyncProperties(@Nullable Duration gapGrace) {

	public SyncProperties {
		gapGrace = (gapGrace != null) ? gapGrace : Duration.ofSeconds(10);
	}

}
