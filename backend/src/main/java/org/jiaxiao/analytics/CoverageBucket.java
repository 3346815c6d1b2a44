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

	static CoverageBucket withheld(List<AnalyticsKey> keys, Suppression why) {
		return new CoverageBucket(keys, why, false, null, null, null);
	}

	/**
	 * A shown grade, class or total: counts rounded; the visited students are a group of
	 * their own, withheld (with their percentage) when they are fewer than k, as contact
	 * figures withhold the same students' home visits.
	 */
	static CoverageBucket of(List<AnalyticsKey> keys, int students, int visited, Disclosure disclosure) {
		boolean shown = disclosure.describable(visited);
		return new CoverageBucket(keys, null, true, disclosure.round(students),
				shown ? disclosure.round(visited) : null, shown ? disclosure.percent(visited, students) : null);
	}

}
