package org.jiaxiao.analytics;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Contact figures grouped by dimensions.
 *
 * @param from start of the period
 * @param to end of the period (exclusive)
 * @param groupBy the dimensions
 * @param buckets one per combination of values that has contacts
 * @param total everything the filter matches
 */
public record ContactStats(OffsetDateTime from, OffsetDateTime to, List<AnalyticsDimension> groupBy,
		List<ContactBucket> buckets, ContactBucket total) {
}
