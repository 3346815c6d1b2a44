package org.jiaxiao.platform.paging;

import org.jspecify.annotations.Nullable;

/**
 * Relay page information.
 *
 * @param hasNextPage more items follow
 * @param hasPreviousPage items precede (false when paging forward)
 * @param startCursor cursor of the first item
 * @param endCursor cursor of the last item
 */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {
}
