package org.jiaxiao.analytics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What an analyst can infer by subtracting published figures, knowing the documented
 * rule: a figure marked {@code rounded} stands for every true count that rounds to it
 * (nearest multiple of 5, halves up), an unrounded one for itself, a null one for
 * anything. Each method counts the true values of a hidden group that remain possible;
 * one means the group is disclosed.
 */
final class DifferencingAttacker {

	/** The rounding base the API documents. */
	static final int BASE = 5;

	/** Stands for "any value": the figure was withheld. */
	static final int ANY = Integer.MAX_VALUE;

	/** Upper bound tried for a hidden group's figure in the square. */
	private static final int SEARCH = 80;

	private DifferencingAttacker() {
	}

	/**
	 * How many true differences {@code second − first} fit two figures.
	 * @param direction +1 when the second answer's contacts include the first's (the
	 * difference is at least 1), −1 the other way round, 0 when neither
	 * @param largest the largest difference the attacker thinks possible
	 */
	static int differences(Published first, Published second, Function<Published, @Nullable Integer> figure,
			int direction, int largest) {
		Integer a = figure.apply(first);
		Integer b = figure.apply(second);
		if (a == null || b == null) {
			return ANY;
		}
		Set<Integer> possible = new HashSet<>();
		for (int x : range(a, first.rounded())) {
			for (int y : range(b, second.rounded())) {
				int difference = y - x;
				if (direction == 0 || (direction * difference >= 1 && direction * difference <= largest)) {
					possible.add(difference);
				}
			}
		}
		return possible.size();
	}

	/**
	 * How many true values of the hidden buckets' sum fit a total less the buckets shown
	 * (at least 1: the attacker is granted that something is hidden).
	 */
	static int remainder(Published total, List<Published> shown, Function<Published, @Nullable Integer> figure) {
		Integer whole = figure.apply(total);
		if (whole == null) {
			return ANY;
		}
		int low = range(whole, total.rounded()).get(0);
		int high = range(whole, total.rounded()).get(range(whole, total.rounded()).size() - 1);
		for (Published bucket : shown) {
			Integer value = figure.apply(bucket);
			if (value == null) {
				return ANY;
			}
			List<Integer> values = range(value, bucket.rounded());
			low -= values.get(values.size() - 1);
			high -= values.get(0);
		}
		return Math.max(0, high - Math.max(low, 1) + 1);
	}

	/**
	 * Four answers: a base x, x + a (one class more), x + e (one day more), x + a + e.
	 * How many values of a and of e fit all four at once.
	 */
	static Square square(Published base, Published moreClass, Published moreDay, Published both,
			Function<Published, @Nullable Integer> figure) {
		Integer p = figure.apply(base);
		Integer q = figure.apply(moreClass);
		Integer r = figure.apply(moreDay);
		Integer s = figure.apply(both);
		if (p == null || q == null || r == null || s == null) {
			return new Square(ANY, ANY);
		}
		Set<Integer> classes = new HashSet<>();
		Set<Integer> days = new HashSet<>();
		for (int x : range(p, base.rounded())) {
			for (int a = 0; a <= SEARCH; a++) {
				for (int e = 0; e <= SEARCH; e++) {
					if (fits(x + a, q, moreClass.rounded()) && fits(x + e, r, moreDay.rounded())
							&& fits(x + a + e, s, both.rounded())) {
						classes.add(a);
						days.add(e);
					}
				}
			}
		}
		return new Square(classes.size(), days.size());
	}

	private static boolean fits(int value, int published, boolean rounded) {
		return range(published, rounded).contains(value);
	}

	/** The true counts a published count stands for. */
	private static List<Integer> range(int published, boolean rounded) {
		if (!rounded) {
			return List.of(published);
		}
		int low = Math.max(0, published - BASE / 2);
		int high = published + (BASE - 1) / 2;
		return java.util.stream.IntStream.rangeClosed(low, high).boxed().toList();
	}

	/**
	 * How many values of the square's two hidden groups remain possible.
	 *
	 * @param thirdClass the class added
	 * @param secondDay the day added
	 */
	record Square(int thirdClass, int secondDay) {
	}

	/**
	 * The counts of one published bucket or total.
	 *
	 * @param contacts contacts, null when withheld
	 * @param students students reached, null when withheld
	 * @param rounded whether the counts are rounded
	 */
	record Published(@Nullable Integer contacts, @Nullable Integer students, boolean rounded) {

		static Published of(Map<String, Object> bucket) {
			return new Published((Integer) bucket.get("contacts"), (Integer) bucket.get("studentsReached"),
					Boolean.TRUE.equals(bucket.get("rounded")));
		}

	}

}
