package org.jiaxiao.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Home-visit coverage of one grade or class; figures are null when suppressed.
 *
 * @param keys the grade or class
 * @param suppression why the figures are withheld, null when shown
 * @param rounded whether the counts are rounded to a multiple of 5
 * @param students students counted
 * @param visited students with at least one home visit this school year
 * @param visitedPercent visited as a percentage of students
 */
public record CoverageBucket(List<AnalyticsKey> keys, @Nullable Suppression suppression, boolean rounded,
		@Nullable Integer students, @Nullable Integer visited, @Nullable Double visitedPercent) {

	public boolean suppressed() {
		return this.suppression != null;
	}

}
