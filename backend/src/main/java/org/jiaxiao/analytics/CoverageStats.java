package org.jiaxiao.analytics;

import java.util.List;

/**
 * Home-visit coverage in a school year.
 *
 * @param schoolYear the calendar year the school year starts
 * @param groupBy the dimension of the buckets
 * @param buckets one per grade or class
 * @param total all students the filter matches
 */
public record CoverageStats(int schoolYear, CoverageDimension groupBy, List<CoverageBucket> buckets,
		CoverageBucket total) {
}
