package org.jiaxiao.sync;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.TimelineEntry;

/**
 * An item of the sync feed: the current state of something that changed, or a tombstone.
 *
 * @param type what kind of item
 * @param id its id
 * @param tombstone set when the client must drop it
 * @param student the student (type STUDENT, not a tombstone)
 * @param entry the entry (type TIMELINE_ENTRY, not a tombstone)
 * @param studentIds for entries: the visible students holding it
 */
public record ChangeItem(ChangeType type, String id, @Nullable TombstoneReason tombstone, @Nullable Student student,
		@Nullable TimelineEntry entry, List<String> studentIds) {

	static ChangeItem of(Student student) {
		return new ChangeItem(ChangeType.STUDENT, student.id(), null, student, null, List.of());
	}

	static ChangeItem of(TimelineEntry entry, List<String> visibleStudentIds) {
		return new ChangeItem(ChangeType.TIMELINE_ENTRY, entry.id(), null, null, entry, visibleStudentIds);
	}

	static ChangeItem tombstone(ChangeType type, String id, TombstoneReason reason) {
		return new ChangeItem(type, id, reason, null, null, List.of());
	}

}
