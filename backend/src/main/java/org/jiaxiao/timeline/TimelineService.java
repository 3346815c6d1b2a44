package org.jiaxiao.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.AccessScope;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads timelines for the people allowed to see them: a student's, a household's
 * (siblings merged), across the live and the archived school years with one stable
 * cursor.
 */
@Service
public class TimelineService {

	private final TimelineStore store;

	private final TimelineArchive archive;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	private final FlaggedEntries flagged;

	private final TimelineOverflow overflow;

	private final RecentEntries recent;

	TimelineService(TimelineStore store, TimelineArchive archive, DirectoryService directory,
			ApplicationEventPublisher events, FlaggedEntries flagged, TimelineOverflow overflow, RecentEntries recent) {
		this.flagged = flagged;
		this.overflow = overflow;
		this.recent = recent;
		this.events = events;
		this.store = store;
		this.archive = archive;
		this.directory = directory;
	}

	/**
	 * A page of a student's timeline, newest first; empty when the student is not
	 * visible.
	 */
	public Connection<TimelineEntry> timeline(StaffMember viewer, String studentId, @Nullable Integer first,
			@Nullable String after, @Nullable TimelineFilter filter) {
		return page(this.store.timelinesOf(List.of(studentId), viewer.scope(), TimelinePage.notAfter(after)), first,
				after, filter);
	}

	/**
	 * The merged timelines of a household's children the viewer sees; a shared entry
	 * once.
	 */
	public Connection<TimelineEntry> householdTimeline(StaffMember viewer, String householdId, @Nullable Integer first,
			@Nullable String after, @Nullable TimelineFilter filter) {
		List<String> children = this.directory.visibleStudentsOfHouseholds(viewer, List.of(householdId))
			.stream()
			.map(Student::id)
			.toList();
		return page(this.store.timelinesOf(children, viewer.scope(), TimelinePage.notAfter(after)), first, after,
				filter);
	}

	/** Every entry of a student, live and archived, for a family's export. */
	public List<TimelineEntry> allEntries(StaffMember viewer, String studentId) {
		Optional<List<TimelineEntry>> live = this.store.entries(studentId, viewer.scope());
		if (live.isEmpty()) {
			return List.of();
		}
		List<TimelineEntry> all = new ArrayList<>(live.get());
		all.addAll(this.overflow.all(studentId));
		all.addAll(this.archive.entries(studentId));
		return all;
	}

	/**
	 * Blanks the words of the entries on these students' timelines, keeping the entries.
	 */
	public void anonymise(String schoolId, List<String> studentIds) {
		this.store.anonymise(studentIds, "［已按家长要求删除］");
		AccessScope school = new AccessScope(schoolId, true, Set.of(), Set.of());
		List<String> entryIds = java.util.stream.Stream.concat(
				this.store.entriesOf(studentIds, school).values().stream().flatMap(List::stream).map(TimelineEntry::id),
				this.overflow.entryIdsOf(studentIds).stream())
			.distinct()
			.toList();
		this.events.publishEvent(new TimelineEvent.EntriesAnonymised(schoolId, studentIds, entryIds));
	}

	/**
	 * The live timelines (current and previous school year) of the students the viewer
	 * may see, by student id, in one query: for the sync feed's snapshot.
	 */
	public Map<String, List<TimelineEntry>> liveEntriesOf(StaffMember viewer, List<String> studentIds) {
		return this.store.entriesOf(studentIds, viewer.scope());
	}

	/**
	 * Marks an incident answered by a contact that satisfied its immediate visit, unless
	 * a contact answered it already (the one the teacher named wins).
	 */
	public void answerIncident(List<String> studentIds, String incidentId, String contactId) {
		this.store.linkIncidentIfUnanswered(studentIds, incidentId, contactId);
	}

	public Optional<Contact> contact(StaffMember viewer, String contactId) {
		return this.store.contact(contactId, viewer.scope());
	}

	/** Entries by id that the viewer may see, in one query. */
	public Map<String, TimelineEntry> entries(StaffMember viewer, Collection<String> entryIds) {
		return this.store.entriesByIds(entryIds, viewer.scope());
	}

	public Optional<TimelineEntry> entry(StaffMember viewer, String entryId) {
		return this.store.entry(entryId, viewer.scope());
	}

	/**
	 * The live contacts and incidents flagged as needing the school that were recorded in
	 * [from, to), each once, with its school: for a sweep catching up on missed events.
	 */
	public List<SchoolEntry> flaggedForSchool(java.time.Instant from, java.time.Instant to) {
		return this.flagged.recordedBetween(from, to);
	}

	/**
	 * Every entry recorded since {@code from} (live, withdrawn or anonymised), each once,
	 * with its school: for the sync feed's check after a crash.
	 */
	public List<SchoolEntry> recordedSince(java.time.Instant from) {
		return this.recent.recordedSince(from);
	}

	/** Moves the school's entries older than the previous school year to the archive. */
	public int archiveClosedYears(StaffMember principal, java.time.Instant now) {
		ZoneId zone = this.directory.school(principal.schoolId()).zone();
		int keepFrom = SchoolYears.of(now, zone) - 1;
		return this.archive.archiveBefore(principal.schoolId(), keepFrom, zone);
	}

	/**
	 * Pages over the embedded entries first. The overflow is read (a limited, indexed
	 * query) only when the page may reach an entry moved there, i.e. the embedded ones do
	 * not fill it with entries newer than the newest moved; the archived years only when
	 * neither fills the page (the archive holds only older entries, so the order stays
	 * one order).
	 */
	private Connection<TimelineEntry> page(Map<String, StudentTimeline> live, @Nullable Integer first,
			@Nullable String after, @Nullable TimelineFilter filter) {
		int size = Cursors.pageSize(first);
		TimelineFilter conditions = (filter != null) ? filter : TimelineFilter.NONE;
		List<TimelineEntry> entries = flatten(live.values().stream().map(StudentTimeline::entries).toList());
		List<TimelineEntry> rows = TimelinePage.rows(entries, size, after, conditions);
		java.time.Instant overflowNewest = live.values()
			.stream()
			.map(StudentTimeline::overflowNewestAt)
			.filter(java.util.Objects::nonNull)
			.max(java.util.Comparator.naturalOrder())
			.orElse(null);
		if (overflowNewest != null && (rows.size() <= size || !rows.get(size).occurredAt().isAfter(overflowNewest))) {
			entries
				.addAll(this.overflow.page(live.keySet(), TimelinePage.notAfter(after), size, conditions.predicate()));
			rows = TimelinePage.rows(entries, size, after, conditions);
		}
		if (rows.size() <= size && !live.isEmpty()) {
			for (String studentId : live.keySet()) {
				entries.addAll(this.archive.entries(studentId));
			}
			rows = TimelinePage.rows(entries, size, after, conditions);
		}
		return Connection.forward(rows, size, TimelinePage::cursor);
	}

	private static List<TimelineEntry> flatten(Collection<List<TimelineEntry>> timelines) {
		List<TimelineEntry> all = new ArrayList<>();
		timelines.forEach(all::addAll);
		return all;
	}

	/**
	 * An entry and the school it belongs to.
	 *
	 * @param schoolId the school
	 * @param entry the entry
	 */
	public record SchoolEntry(String schoolId, TimelineEntry entry) {
	}

}
