package org.jiaxiao.sync;

import java.util.List;

/**
 * One page of the sync feed.
 *
 * @param changes the items, in order
 * @param cursor where the next page starts
 * @param hasMore whether more can be read now
 * @param reset whether the client must drop what it holds first
 */
public record ChangeFeed(List<ChangeItem> changes, String cursor, boolean hasMore, boolean reset) {
}
