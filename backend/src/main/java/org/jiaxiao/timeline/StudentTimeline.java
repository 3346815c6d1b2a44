package org.jiaxiao.timeline;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The timeline part of a {@code students} document: the entries of the current and the
 * previous school year, appended with {@code $push} and never rewritten as a whole.
 *
 * @param id the student's id
 * @param timeline the embedded entries, in insertion order
 * @param lastContactAt the counter kept with them
 * @param overflowNewestAt the newest time of an entry moved to {@link TimelineOverflow},
 * null when none was
 */
@Document("students")
// The compliance report's first $match: students with an entry by these teachers in the
// period (a multikey index on the embedded entries).
@CompoundIndex(name = "school_timeline_author_occurred",
		def = "{'schoolId': 1, 'timeline.authorId': 1, 'timeline.occurredAt': 1}")
record StudentTimeline(@Id String id, @Nullable List<TimelineEntry> timeline, @Nullable Instant lastContactAt,
		@Nullable Instant overflowNewestAt) {

	List<TimelineEntry> entries() {
		return (this.timeline != null) ? this.timeline : List.of();
	}

}
