package org.jiaxiao.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Small-group and complementary suppression over the cells of one result.
 * <p>
 * A cell covering fewer than k distinct students is suppressed (SMALL_GROUP). Then, along
 * every line of the result — the cells that agree on all dimensions but one, whose sum
 * another query can give as a total — a line may not hold exactly one suppressed cell, or
 * subtracting the others from the total would give it back. When it does, the smallest
 * cell still shown in that line is suppressed too (COMPLEMENTARY), and the check repeats
 * until no line changes.
 */
final class CellSuppression {

	private CellSuppression() {
	}

	/**
	 * Why each cell is suppressed, by index; null for cells that are shown.
	 * @param cells the cells, all with the same number of keys
	 * @param k the smallest number of students a shown cell may cover
	 */
	static List<@Nullable Suppression> apply(List<Cell> cells, int k) {
		@Nullable Suppression[] result = new Suppression[cells.size()];
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).students() < k) {
				result[i] = Suppression.SMALL_GROUP;
			}
		}
		int dimensions = cells.isEmpty() ? 0 : cells.get(0).keys().size();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int dimension = 0; dimension < dimensions; dimension++) {
				for (List<Integer> line : lines(cells, dimension).values()) {
					long suppressed = line.stream().filter((i) -> result[i] != null).count();
					if (suppressed != 1) {
						continue;
					}
					Integer smallest = line.stream()
						.filter((i) -> result[i] == null)
						.min(Comparator.comparingInt((Integer i) -> cells.get(i).students()).thenComparing((i) -> i))
						.orElse(null);
					if (smallest != null) {
						result[smallest] = Suppression.COMPLEMENTARY;
						changed = true;
					}
				}
			}
		}
		return Arrays.asList(result);
	}

	/** Cells grouped by their keys on every dimension but {@code dimension}. */
	private static Map<List<String>, List<Integer>> lines(List<Cell> cells, int dimension) {
		Map<List<String>, List<Integer>> lines = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			List<String> rest = new ArrayList<>(cells.get(i).keys());
			rest.remove(dimension);
			lines.computeIfAbsent(rest, (key) -> new ArrayList<>()).add(i);
		}
		return lines;
	}

	/**
	 * One cell of a result.
	 *
	 * @param keys its value on each dimension
	 * @param students how many distinct students its figures cover
	 */
	record Cell(List<String> keys, int students) {
	}

}
