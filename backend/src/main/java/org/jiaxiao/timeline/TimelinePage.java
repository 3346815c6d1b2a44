package org.jiaxiao.timeline;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

/**
 * Pages a student's timeline newest first. The order (time, then id) is total, so the
 * cursor stays valid when entries are added in between pages: nothing is skipped or
 * repeated.
 */
final class TimelinePage {

	private static final String KIND = "timeline";

	private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
		.comparing(TimelineEntry::occurredAt, Comparator.reverseOrder())
		.thenComparing(TimelineEntry::id, Comparator.reverseOrder());

	private TimelinePage() {
	}

	static Connection<TimelineEntry> of(List<TimelineEntry> entries, @Nullable Integer first, @Nullable String after,
			TimelineFilter filter) {
		int size = Cursors.pageSize(first);
		return Connection.forward(rows(entries, size, after, filter), size, TimelinePage::cursor);
	}

	/** Up to {@code size + 1} entries after the cursor, newest first, one per id. */
	static List<TimelineEntry> rows(List<TimelineEntry> entries, int size, @Nullable String after,
			TimelineFilter filter) {
		List<String> position = Cursors.decode(KIND, after, 2);
		Set<String> seen = new HashSet<>();
		return entries.stream()
			.sorted(NEWEST_FIRST)
			.filter((entry) -> seen.add(entry.id()))
			.filter(filter.predicate())
			.filter((entry) -> position.isEmpty() || isAfter(entry, position))
			.limit(size + 1L)
			.toList();
	}

	/** The time of the cursor's entry, from which on older entries follow; null: none. */
	static java.time.@Nullable Instant notAfter(@Nullable String after) {
		List<String> position = Cursors.decode(KIND, after, 2);
		return position.isEmpty() ? null : java.time.Instant.ofEpochMilli(parseMillis(position.get(0)));
	}

	private static boolean isAfter(TimelineEntry entry, List<String> position) {
		long millis = parseMillis(position.get(0));
		long entryMillis = entry.occurredAt().toEpochMilli();
		return entryMillis < millis || (entryMillis == millis && entry.id().compareTo(position.get(1)) < 0);
	}

	private static long parseMillis(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

	static String cursor(TimelineEntry entry) {
		return Cursors.encode(KIND, String.valueOf(entry.occurredAt().toEpochMilli()), entry.id());
	}

}
