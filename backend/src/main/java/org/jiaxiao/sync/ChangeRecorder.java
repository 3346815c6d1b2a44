package org.jiaxiao.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jiaxiao.directory.DirectoryChanged;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the change log from the timeline's events: the entry that changed, and its
 * students (whose counters, such as the last contact, moved with it). Runs in the request
 * that stored the change, so a client that synchronises after its own write sees it. A
 * retried request publishes again; a repeated change is harmless, clients apply items as
 * upserts.
 */
@Component
class ChangeRecorder {

	private final ChangeLog log;

	private final DirectoryService directory;

	ChangeRecorder(ChangeLog log, DirectoryService directory) {
		this.log = log;
		this.directory = directory;
	}

	@EventListener
	void on(TimelineEvent event) {
		if (event instanceof TimelineEvent.ContactRecorded recorded) {
			entryChanged(event, recorded.contact().id(), recorded.studentClasses());
		}
		else if (event instanceof TimelineEvent.ContactAmended amended) {
			entryChanged(event, amended.contact());
		}
		else if (event instanceof TimelineEvent.ContactRetracted retracted) {
			entryChanged(event, retracted.contact());
		}
		else if (event instanceof TimelineEvent.IncidentRecorded incident) {
			entryChanged(event, incident.incident());
		}
		else if (event instanceof TimelineEvent.NoteRecorded note) {
			entryChanged(event, note.note());
		}
		else if (event instanceof TimelineEvent.EscalationUpdateRecorded update) {
			entryChanged(event, update.update());
		}
		else if (event instanceof TimelineEvent.EntriesAnonymised anonymised) {
			anonymised(anonymised);
		}
	}

	/**
	 * A directory edit changed students: one change naming them under every class they
	 * were or are in, so a reader who lost one gets its tombstone.
	 */
	@EventListener
	void on(DirectoryChanged event) {
		TreeSet<String> classIds = new TreeSet<>();
		List<ChangeRef> refs = new ArrayList<>();
		event.studentClasses().forEach((studentId, classes) -> {
			classIds.addAll(classes);
			refs.add(new ChangeRef(ChangeType.STUDENT, studentId, List.copyOf(classes)));
		});
		if (!refs.isEmpty()) {
			this.log.append(event.schoolId(), List.copyOf(classIds), event.operation(), refs);
		}
	}

	private void entryChanged(TimelineEvent event, TimelineEntry entry) {
		entryChanged(event.schoolId(), entry, event.getClass().getSimpleName());
	}

	/**
	 * Logs a change of {@code entry} and its students, found by their ids; {@code cause}
	 * names why (an event, or the start-up repair).
	 */
	void entryChanged(String schoolId, TimelineEntry entry, String cause) {
		Map<String, String> studentClasses = new LinkedHashMap<>();
		this.directory.studentsByIds(entry.studentIds())
			.forEach((student) -> studentClasses.put(student.id(), student.classId()));
		entryChanged(schoolId, entry.id(), studentClasses, cause);
	}

	private void entryChanged(TimelineEvent event, String entryId, Map<String, String> studentClasses) {
		entryChanged(event.schoolId(), entryId, studentClasses, event.getClass().getSimpleName());
	}

	private void entryChanged(String schoolId, String entryId, Map<String, String> studentClasses, String cause) {
		List<String> classIds = List.copyOf(new TreeSet<>(studentClasses.values()));
		List<ChangeRef> refs = new ArrayList<>();
		refs.add(new ChangeRef(ChangeType.TIMELINE_ENTRY, entryId, classIds));
		studentClasses.forEach((studentId, classId) -> refs.add(studentRef(studentId, classId)));
		this.log.append(schoolId, classIds, cause, refs);
	}

	/**
	 * An erasure changed the students (names) and the words of every entry: one change
	 * naming them all. Entries are listed under all the family's classes, which is where
	 * their students are.
	 */
	private void anonymised(TimelineEvent.EntriesAnonymised event) {
		List<Student> students = this.directory.studentsByIds(event.studentIds());
		List<String> classIds = classesOf(students);
		List<ChangeRef> refs = new ArrayList<>();
		students.forEach((student) -> refs.add(studentRef(student)));
		event.entryIds().forEach((id) -> refs.add(new ChangeRef(ChangeType.TIMELINE_ENTRY, id, classIds)));
		this.log.append(event.schoolId(), classIds, "EntriesAnonymised", refs);
	}

	private static ChangeRef studentRef(Student student) {
		return studentRef(student.id(), student.classId());
	}

	private static ChangeRef studentRef(String studentId, String classId) {
		return new ChangeRef(ChangeType.STUDENT, studentId, List.of(classId));
	}

	private static List<String> classesOf(List<Student> students) {
		return List.copyOf(new TreeSet<>(students.stream().map(Student::classId).toList()));
	}

}
