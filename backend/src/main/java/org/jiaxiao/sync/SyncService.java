package org.jiaxiao.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.sync.ChangeLog.LogPage;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The sync feed: a snapshot of the caller's scope, then the change log filtered by that
 * scope in MongoDB, each change resolved to the item's current state through the same
 * access checks as every other read (a change the caller may no longer see becomes a
 * tombstone).
 */
@Service
public class SyncService {

	private final ChangeLog log;

	private final DirectoryService directory;

	private final TimelineService timeline;

	private final SyncProperties properties;

	private final SignedSyncCursors cursors;

	SyncService(ChangeLog log, DirectoryService directory, TimelineService timeline, SyncProperties properties,
			SignedSyncCursors cursors) {
		this.cursors = cursors;
		this.log = log;
		this.directory = directory;
		this.timeline = timeline;
		this.properties = properties;
	}

	public ChangeFeed changes(StaffMember viewer, @Nullable String since, @Nullable Integer first) {
		if (viewer.scope().isEmpty()) {
			throw new ForbiddenException("Your role sees no students to synchronise.");
		}
		int size = Cursors.pageSize(first);
		List<String> scope = this.directory.visibleClasses(viewer).stream().map(SchoolClass::id).sorted().toList();
		SyncCursor cursor = (since != null && !since.isEmpty()) ? this.cursors.decode(since, viewer.id()) : null;
		boolean reset = (since != null && !since.isEmpty())
				&& (cursor == null || !cursor.schoolId().equals(viewer.schoolId()));
		if (cursor == null || reset) {
			// Everything written up to this number is in the data the snapshot reads;
			// anything later comes from the log.
			SyncCursor start = SyncCursor.startSnapshot(viewer.schoolId(), this.log.lastTaken(), null, scope);
			return snapshotPage(viewer, start, size, reset);
		}
		if (!cursor.scopeClasses().equals(scope)) {
			return scopeChanged(viewer, cursor, scope);
		}
		return cursor.snapshot() ? snapshotPage(viewer, cursor, size, false) : logPage(viewer, cursor, size);
	}

	/**
	 * The caller's classes changed: tombstones for the students of classes lost, and a
	 * snapshot of classes gained before the log goes on.
	 */
	private ChangeFeed scopeChanged(StaffMember viewer, SyncCursor cursor, List<String> scope) {
		Set<String> lost = new TreeSet<>(cursor.scopeClasses());
		lost.removeAll(scope);
		Set<String> gained = new TreeSet<>(scope);
		gained.removeAll(cursor.scopeClasses());
		List<ChangeItem> tombstones = this.directory.studentIdsOfClasses(lost)
			.stream()
			.map((id) -> ChangeItem.tombstone(ChangeType.STUDENT, id, TombstoneReason.NOT_VISIBLE))
			.toList();
		SyncCursor next;
		if (cursor.snapshot()) {
			List<String> classes = null;
			if (cursor.snapshotClasses() != null) {
				Set<String> kept = new TreeSet<>(cursor.snapshotClasses());
				kept.retainAll(scope);
				kept.addAll(gained);
				classes = List.copyOf(kept);
			}
			next = SyncCursor.startSnapshot(cursor.schoolId(), cursor.position(), classes, scope);
		}
		else {
			next = gained.isEmpty() ? SyncCursor.inLog(cursor.schoolId(), cursor.position(), scope)
					: SyncCursor.startSnapshot(cursor.schoolId(), cursor.position(), List.copyOf(gained), scope);
		}
		return new ChangeFeed(tombstones, this.cursors.encode(next, viewer.id()), true, false);
	}

	/**
	 * A page of the snapshot: students in id order, each followed by the live entries it
	 * is the first visible holder of (a shared sibling entry comes once).
	 */
	private ChangeFeed snapshotPage(StaffMember viewer, SyncCursor cursor, int size, boolean reset) {
		List<Student> students = this.directory.visibleStudentsFrom(viewer, cursor.snapshotClasses(),
				cursor.studentId(), size + 1);
		Map<String, List<TimelineEntry>> timelines = this.timeline.liveEntriesOf(viewer,
				students.stream().map(Student::id).toList());
		Set<String> holders = new HashSet<>();
		timelines.values().forEach((entries) -> entries.forEach((entry) -> holders.addAll(entry.studentIds())));
		Set<String> visible = ids(this.directory.visibleStudents(viewer, holders));
		students.forEach((student) -> visible.add(student.id()));
		List<ChangeItem> items = new ArrayList<>();
		for (Student student : students) {
			List<ChangeItem> own = new ArrayList<>();
			own.add(ChangeItem.of(student));
			timelines.getOrDefault(student.id(), List.of())
				.stream()
				.filter((entry) -> !entry.retracted() && student.id().equals(firstHolder(entry, visible)))
				.sorted(Comparator.comparing(TimelineEntry::id))
				.forEach((entry) -> own.add(ChangeItem.of(entry, holders(entry, visible))));
			int start = student.id().equals(cursor.studentId()) ? Math.min(cursor.sent(), own.size()) : 0;
			for (int i = start; i < own.size(); i++) {
				if (items.size() == size) {
					return feed(viewer, items, new SyncCursor(cursor.schoolId(), true, cursor.position(), student.id(),
							i, cursor.snapshotClasses(), cursor.scopeClasses()), true, reset);
				}
				items.add(own.get(i));
			}
		}
		if (students.size() > size) {
			Student last = students.get(students.size() - 1);
			return feed(viewer, items, new SyncCursor(cursor.schoolId(), true, cursor.position(), last.id(),
					Integer.MAX_VALUE, cursor.snapshotClasses(), cursor.scopeClasses()), true, reset);
		}
		return feed(viewer, items, SyncCursor.inLog(cursor.schoolId(), cursor.position(), cursor.scopeClasses()), true,
				reset);
	}

	/** A page of the log, in the caller's scope, each item once in its latest place. */
	private ChangeFeed logPage(StaffMember viewer, SyncCursor cursor, int size) {
		boolean wholeSchool = viewer.scope().wholeSchool();
		Set<String> classes = new HashSet<>(cursor.scopeClasses());
		Criteria scope = where("schoolId").is(viewer.schoolId());
		if (!wholeSchool) {
			scope = scope.and("classIds").in(classes);
		}
		LogPage page = this.log.read(cursor.position(), scope, size, this.properties.gapGrace());
		Map<String, ChangeRef> refs = new LinkedHashMap<>();
		long position = page.position();
		boolean more = page.more();
		for (ChangeRecord change : page.changes()) {
			Map<String, ChangeRef> next = new LinkedHashMap<>(refs);
			for (ChangeRef ref : change.refs()) {
				if (wholeSchool || ref.classIds().stream().anyMatch(classes::contains)) {
					String key = ref.type() + ":" + ref.id();
					next.remove(key);
					next.put(key, ref);
				}
			}
			if (next.size() > size && !refs.isEmpty()) {
				// This change does not fit: the page ends before it.
				position = change.seq() - 1;
				more = true;
				break;
			}
			refs.clear();
			refs.putAll(next);
		}
		List<ChangeItem> items = resolve(viewer, List.copyOf(refs.values()));
		return feed(viewer, items, SyncCursor.inLog(cursor.schoolId(), position, cursor.scopeClasses()), more, false);
	}

	/**
	 * The items' current state, read with the caller's access; what it cannot see is a
	 * tombstone.
	 */
	private List<ChangeItem> resolve(StaffMember viewer, List<ChangeRef> refs) {
		List<String> entryIds = refs.stream()
			.filter((ref) -> ref.type() == ChangeType.TIMELINE_ENTRY)
			.map(ChangeRef::id)
			.toList();
		Map<String, TimelineEntry> entries = entryIds.isEmpty() ? Map.of() : this.timeline.entries(viewer, entryIds);
		Set<String> studentIds = new HashSet<>();
		refs.stream().filter((ref) -> ref.type() == ChangeType.STUDENT).forEach((ref) -> studentIds.add(ref.id()));
		entries.values().forEach((entry) -> studentIds.addAll(entry.studentIds()));
		Map<String, Student> students = studentIds.isEmpty() ? Map.of()
				: this.directory.visibleStudents(viewer, studentIds)
					.stream()
					.collect(Collectors.toMap(Student::id, Function.identity()));
		List<ChangeItem> items = new ArrayList<>();
		for (ChangeRef ref : refs) {
			if (ref.type() == ChangeType.STUDENT) {
				Student student = students.get(ref.id());
				items.add((student != null) ? ChangeItem.of(student)
						: ChangeItem.tombstone(ChangeType.STUDENT, ref.id(), TombstoneReason.NOT_VISIBLE));
				continue;
			}
			TimelineEntry entry = entries.get(ref.id());
			if (entry == null) {
				items.add(ChangeItem.tombstone(ChangeType.TIMELINE_ENTRY, ref.id(), TombstoneReason.NOT_VISIBLE));
			}
			else if (entry.retracted()) {
				items.add(ChangeItem.tombstone(ChangeType.TIMELINE_ENTRY, ref.id(), TombstoneReason.RETRACTED));
			}
			else {
				items.add(ChangeItem.of(entry, holders(entry, students.keySet())));
			}
		}
		return items;
	}

	private ChangeFeed feed(StaffMember viewer, List<ChangeItem> items, SyncCursor cursor, boolean more,
			boolean reset) {
		return new ChangeFeed(List.copyOf(items), this.cursors.encode(cursor, viewer.id()), more, reset);
	}

	private static @Nullable String firstHolder(TimelineEntry entry, Set<String> visible) {
		return entry.studentIds().stream().filter(visible::contains).min(Comparator.naturalOrder()).orElse(null);
	}

	private static List<String> holders(TimelineEntry entry, Set<String> visible) {
		return entry.studentIds().stream().filter(visible::contains).filter(Objects::nonNull).toList();
	}

	private static Set<String> ids(List<Student> students) {
		return students.stream().map(Student::id).collect(Collectors.toCollection(HashSet::new));
	}

}
