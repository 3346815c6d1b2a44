package org.jiaxiao.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * What recording an incident or a note gave: the entry, or why it was refused.
 *
 * @param entry the entry, null when refused
 * @param errors why it was refused
 * @param <T> the kind of entry
 */
public record EntryResult<T extends TimelineEntry>(@Nullable T entry, List<UserError> errors) {

	static <T extends TimelineEntry> EntryResult<T> recorded(T entry) {
		return new EntryResult<>(entry, List.of());
	}

	static <T extends TimelineEntry> EntryResult<T> failed(List<UserError> errors) {
		return new EntryResult<>(null, errors);
	}

}
