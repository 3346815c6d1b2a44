package org.jiaxiao.timeline;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.paging.Connection;

import org.springframework.stereotype.Service;

/** Reads timelines for the people allowed to see them. */
@Service
public class TimelineService {

	private final TimelineStore store;

	TimelineService(TimelineStore store) {
		this.store = store;
	}

	/**
	 * A page of a student's timeline, newest first; empty when the student is not
	 * visible.
	 */
	public Connection<TimelineEntry> timeline(StaffMember viewer, String studentId, @Nullable Integer first,
			@Nullable String after) {
		List<TimelineEntry> entries = this.store.entries(studentId, viewer.scope()).orElse(List.of());
		return TimelinePage.of(entries, first, after);
	}

	/** Every entry of a student, for a family's export; empty when not visible. */
	public List<TimelineEntry> allEntries(StaffMember viewer, String studentId) {
		return this.store.entries(studentId, viewer.scope()).orElse(List.of());
	}

	/**
	 * Blanks the words of the entries on these students' timelines, keeping the entries.
	 */
	public void anonymise(List<String> studentIds) {
		this.store.anonymise(studentIds, "［已按家长要求删除］");
	}

	public Optional<Contact> contact(StaffMember viewer, String contactId) {
		return this.store.contact(contactId, viewer.scope());
	}

}
