package org.jiaxiao.platform.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection as the schema writes it out: edges with cursors and page info.
 *
 * @param edges the items of this page with their cursors
 * @param pageInfo where this page stands
 * @param <T> the item type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

	/**
	 * Builds a forward page from rows fetched with a limit of {@code first + 1}: the
	 * extra row only tells that more follow.
	 */
	public static <T> Connection<T> forward(List<T> rows, int first, Function<T, String> cursor) {
		boolean hasNext = rows.size() > first;
		List<Edge<T>> edges = new ArrayList<>();
		for (T row : rows.subList(0, Math.min(first, rows.size()))) {
			edges.add(new Edge<>(row, cursor.apply(row)));
		}
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNext, false, start, end));
	}

	/**
	 * An item and its cursor.
	 *
	 * @param node the item
	 * @param cursor opaque position of the item
	 * @param <T> the item type
	 */
	public record Edge<T>(T node, String cursor) {
	}

}
