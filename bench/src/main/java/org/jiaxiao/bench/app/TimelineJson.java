package org.jiaxiao.bench.app;

import java.util.Map;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.escalation.Escalation;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.EscalationUpdate;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.Note;
import org.jiaxiao.timeline.Retraction;
import org.jiaxiao.timeline.TimelineEntry;

/**
 * A timeline entry as the SPA's {@code TimelineEntryFields} fragment selects it, in the
 * fragment's order, with what its batched fields read from other collections.
 */
final class TimelineJson {

	private TimelineJson() {
	}

	static Map<String, Object> entry(TimelineEntry entry, Related related) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("__typename", entry.getClass().getSimpleName());
		json.put("id", entry.id());
		json.put("occurredAt", BenchJson.dateTime(entry.occurredAt()));
		json.put("recordedAt", BenchJson.dateTime(entry.recordedAt()));
		json.put("author", staff(related, entry.authorId()));
		json.put("retraction", retraction(entry.retraction(), related));
		if (entry instanceof Contact contact) {
			json.put("form", contact.form().name());
			json.put("kind", contact.kind().name());
			json.put("summary", contact.summary());
			json.put("version", contact.version());
			json.put("needsSchool", contact.needsSchool());
			json.put("guardiansMet", BenchJson.guardians(contact));
			json.put("students",
					contact.studentIds()
						.stream()
						.filter(related.students()::containsKey)
						.map((id) -> student(related.students().get(id)))
						.toList());
		}
		else if (entry instanceof Incident incident) {
			json.put("incidentKind", incident.kind().name());
			json.put("description", incident.description());
			json.put("days", incident.days());
			json.put("reportedBy", incident.reportedBy());
			json.put("incidentNeedsSchool", incident.needsSchool());
			TimelineEntry answer = (incident.answeredById() != null) ? related.answers().get(incident.answeredById())
					: null;
			json.put("answeredBy", (answer instanceof Contact contact) ? answeredBy(contact) : null);
		}
		else if (entry instanceof Note note) {
			json.put("text", note.text());
		}
		else if (entry instanceof EscalationUpdate update) {
			json.put("event", update.event());
			json.put("stepName", update.stepName());
			json.put("note", update.note());
			Escalation escalation = related.escalations().get(update.escalationId());
			json.put("escalation", (escalation != null) ? escalation(escalation) : null);
		}
		return json;
	}

	private static @Nullable Map<String, Object> staff(Related related, @Nullable String id) {
		StaffMember staff = (id != null) ? related.staff().get(id) : null;
		return (staff != null) ? BenchJson.staff(staff) : null;
	}

	private static @Nullable Map<String, Object> retraction(@Nullable Retraction retraction, Related related) {
		if (retraction == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", BenchJson.dateTime(retraction.at()));
		json.put("reason", retraction.reason());
		json.put("by", staff(related, retraction.byId()));
		return json;
	}

	private static Map<String, Object> student(Student student) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", student.id());
		json.put("name", student.name());
		return json;
	}

	private static Map<String, Object> answeredBy(Contact contact) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", contact.id());
		json.put("occurredAt", BenchJson.dateTime(contact.occurredAt()));
		return json;
	}

	private static Map<String, Object> escalation(Escalation escalation) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", escalation.id());
		json.put("kind", escalation.kind().name());
		json.put("state", escalation.state().name());
		return json;
	}

	/**
	 * What a page's entries refer to, each read once for the page as the batched fields
	 * read it.
	 *
	 * @param staff authors and who withdrew an entry, by id
	 * @param students the contacts' students the viewer may see, by id
	 * @param answers the contacts that answered the page's incidents, by id
	 * @param escalations the escalations the page's updates report, by id
	 */
	record Related(Map<String, StaffMember> staff, Map<String, Student> students, Map<String, TimelineEntry> answers,
			Map<String, Escalation> escalations) {
	}

}
