package org.jiaxiao.timeline;

import java.util.List;
import java.util.Map;

/**
 * Published after a change to the timeline is stored, for features that react to it (the
 * obligations of the compliance feature: an incident calls for an immediate visit, a
 * contact may satisfy a task). Listeners must be idempotent: a retried request publishes
 * again.
 */
public sealed interface TimelineEvent {

	/** The school the entry belongs to. */
	String schoolId();

	/**
	 * A contact was recorded (or imported).
	 *
	 * @param schoolId the school
	 * @param contact the contact as stored
	 * @param studentClasses the class of each of its students, as the recorder read them
	 * (spares listeners a read of the students)
	 */
	record ContactRecorded(String schoolId, Contact contact,
			Map<String, String> studentClasses) implements TimelineEvent {
	}

	/**
	 * A contact was amended.
	 *
	 * @param schoolId the school
	 * @param contact the contact as it reads now
	 */
	record ContactAmended(String schoolId, Contact contact) implements TimelineEvent {
	}

	/**
	 * A contact was withdrawn.
	 *
	 * @param schoolId the school
	 * @param contact the contact with its retraction
	 */
	record ContactRetracted(String schoolId, Contact contact) implements TimelineEvent {
	}

	/**
	 * An incident was recorded.
	 *
	 * @param schoolId the school
	 * @param incident the incident
	 */
	record IncidentRecorded(String schoolId, Incident incident) implements TimelineEvent {
	}

	/**
	 * A teacher's note was added.
	 *
	 * @param schoolId the school
	 * @param note the note
	 */
	record NoteRecorded(String schoolId, Note note) implements TimelineEvent {
	}

	/**
	 * A step of an escalation was written on a student's timeline.
	 *
	 * @param schoolId the school
	 * @param update the entry
	 */
	record EscalationUpdateRecorded(String schoolId, EscalationUpdate update) implements TimelineEvent {
	}

	/**
	 * The words of these students' entries were erased at their family's request (the
	 * entries stay, anonymous).
	 *
	 * @param schoolId the school
	 * @param studentIds the students
	 * @param entryIds the entries that changed
	 */
	record EntriesAnonymised(String schoolId, List<String> studentIds, List<String> entryIds) implements TimelineEvent {
	}

}
