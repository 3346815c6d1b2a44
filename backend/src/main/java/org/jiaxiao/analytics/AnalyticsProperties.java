package org.jiaxiao.analytics;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the analytics queries.
 *
 * @param minGroupSize k: a figure covering fewer distinct students is suppressed
 * @param maxBuckets the most buckets a query may ask for, estimated before it runs
 * @param maxPeriod the longest period a contact query may cover
 * @param timeout how long one query may run
 * @param readPreference where the figures are read on a replica set (a MongoDB read
 * preference name)
 * @param concurrency how many analytics queries may run at once
 * @param roundingBase every published count is rounded to a multiple of this
 */
@ConfigurationProperties("jiaxiao.analytics")
public record AnalyticsProperties(int minGroupSize, int maxBuckets, @Nullable Duration maxPeriod,
		@Nullable Duration timeout, @Nullable String readPreference, int concurrency, int roundingBase) {

	public AnalyticsProperties {
		minGroupSize = (minGroupSize > 0) ? minGroupSize : 10;
		maxBuckets = (maxBuckets > 0) ? maxBuckets : 1000;
		maxPeriod = (maxPeriod != null) ? maxPeriod : Duration.ofDays(800);
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		readPreference = (readPreference != null && !readPreference.isBlank()) ? readPreference : "secondaryPreferred";
		concurrency = (concurrency > 0) ? concurrency : 2;
		roundingBase = (roundingBase > 0) ? roundingBase : 5;
	}

}
