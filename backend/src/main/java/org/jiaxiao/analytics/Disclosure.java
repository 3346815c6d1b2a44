package org.jiaxiao.analytics;

import org.jspecify.annotations.Nullable;

/**
 * The one rule every published figure follows, whichever statistic, grouping or filter
 * produced it, so that no two answers can be subtracted to describe fewer than k
 * students.
 * <ul>
 * <li>A figure describes a group of students (those reached, those visited at home, those
 * whose contacts answered an incident…). It is shown only when that group holds at least
 * k students; otherwise it is null, whether the group is empty or small.</li>
 * <li>Every count is rounded to the nearest multiple of the base (halves up), in buckets
 * and totals alike, and percentages are computed from the rounded counts. Rounding is
 * deterministic: the same true count always gives the same figure, so asking again
 * reveals nothing new, and a count that changes by fewer than k can only move the figure
 * by one step of the base, which matches a whole range of true differences.</li>
 * </ul>
 */
final class Disclosure {

	private final int k;

	private final int base;

	Disclosure(int k, int base) {
		this.k = k;
		this.base = base;
	}

	/**
	 * Whether a figure about a group of this many students may be shown: at least k. None
	 * counts as fewer, so that "none" and "a few" read the same and a figure's absence
	 * does not tell them apart.
	 */
	boolean describable(int students) {
		return students >= this.k;
	}

	/** Whether a bucket or total covering this many students shows no figure. */
	boolean small(int students) {
		return !describable(students);
	}

	/** A count rounded to the nearest multiple of the base, halves up. */
	int round(int count) {
		return Math.floorDiv(count + this.base / 2, this.base) * this.base;
	}

	/** The rounded count when its group may be described, else null. */
	@Nullable Integer count(int count, int groupStudents) {
		return describable(groupStudents) ? round(count) : null;
	}

	/**
	 * A share in percent with one decimal, computed from the rounded part and whole, so
	 * it says no more than the two rounded counts would; null when the rounded whole is
	 * 0.
	 */
	@Nullable Double percent(int part, int whole) {
		int roundedWhole = round(whole);
		if (roundedWhole == 0) {
			return null;
		}
		return Math.round(round(part) * 1000.0 / roundedWhole) / 10.0;
	}

	/** k: the fewest students a non-empty group may have to be described. */
	int minimum() {
		return this.k;
	}

}
