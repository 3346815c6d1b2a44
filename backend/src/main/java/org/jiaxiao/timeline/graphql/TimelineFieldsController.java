package org.jiaxiao.timeline.graphql;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.audit.AuditTrail;
import org.jiaxiao.timeline.Amendment;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.EscalationUpdate;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.Note;
import org.jiaxiao.timeline.Retraction;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of timeline entries that read other collections or need the privacy policy, each
 * batched: a page of 20 entries costs one query per field, not 20.
 */
@Controller
class TimelineFieldsController {

	private final DirectoryService directory;

	private final TimelineService timeline;

	TimelineFieldsController(DirectoryService directory, TimelineService timeline) {
		this.directory = directory;
		this.timeline = timeline;
	}

	@BatchMapping(typeName = "Contact", field = "author")
	Map<Contact, StaffMember> contactAuthor(List<Contact> contacts) {
		return byStaff(contacts, Contact::authorId);
	}

	@BatchMapping(typeName = "Incident", field = "author")
	Map<Incident, StaffMember> incidentAuthor(List<Incident> incidents) {
		return byStaff(incidents, Incident::authorId);
	}

	@BatchMapping(typeName = "Note", field = "author")
	Map<Note, StaffMember> noteAuthor(List<Note> notes) {
		return byStaff(notes, Note::authorId);
	}

	@BatchMapping(typeName = "EscalationUpdate", field = "author")
	Map<EscalationUpdate, StaffMember> escalationUpdateAuthor(List<EscalationUpdate> updates) {
		return byStaff(updates, EscalationUpdate::authorId);
	}

	@BatchMapping(typeName = "Retraction", field = "by")
	Map<Retraction, StaffMember> retractedBy(List<Retraction> retractions) {
		return byStaff(retractions, Retraction::byId);
	}

	@BatchMapping(typeName = "Amendment", field = "by")
	Map<Amendment, StaffMember> amendedBy(List<Amendment> amendments) {
		return byStaff(amendments, Amendment::byId);
	}

	/** Only the students the caller may see: a sibling in another class stays hidden. */
	@BatchMapping(typeName = "Contact")
	Map<Contact, List<Student>> students(List<Contact> contacts, Principal principal) {
		Map<String, Student> visible = visibleStudents(principal, contacts);
		return contacts.stream()
			.collect(Collectors.toMap(Function.identity(), (
					contact) -> contact.studentIds().stream().filter(visible::containsKey).map(visible::get).toList()));
	}

	/**
	 * Sensitive: only where the privacy policy allows for one of the contact's students;
	 * audited.
	 */
	@BatchMapping(typeName = "Contact")
	Map<Contact, String> familySituationObserved(List<Contact> contacts, Principal principal, GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		Map<String, Student> visible = visibleStudents(principal, contacts);
		AuditTrail trail = AuditTrail.of(context);
		return contacts.stream()
			.filter((contact) -> contact.detailsOrNone().familySituationObserved() != null)
			.filter((contact) -> contact.studentIds()
				.stream()
				.map(visible::get)
				.anyMatch((student) -> student != null && PrivacyPolicy.maySeeSensitive(viewer, student)))
			.peek((contact) -> trail.read(viewer.id(), viewer.schoolId(), "Contact.familySituationObserved", null,
					contact.householdId()))
			.collect(Collectors.toMap(Function.identity(),
					(contact) -> contact.detailsOrNone().familySituationObserved()));
	}

	@BatchMapping(typeName = "Incident")
	Map<Incident, Contact> answeredBy(List<Incident> incidents, Principal principal) {
		Set<String> ids = incidents.stream()
			.map(Incident::answeredById)
			.filter((id) -> id != null)
			.map(String.class::cast)
			.collect(Collectors.toSet());
		Map<String, TimelineEntry> answers = this.timeline.entries(Viewers.require(principal), ids);
		// An unanswered incident has no id to look up (and the map of no answers takes no
		// null key).
		return incidents.stream()
			.filter((incident) -> incident.answeredById() != null)
			.filter((incident) -> answers.get(incident.answeredById()) instanceof Contact)
			.collect(Collectors.toMap(Function.identity(),
					(incident) -> (Contact) answers.get(incident.answeredById())));
	}

	private Map<String, Student> visibleStudents(Principal principal, Collection<Contact> contacts) {
		Set<String> ids = contacts.stream()
			.flatMap((contact) -> contact.studentIds().stream())
			.collect(Collectors.toSet());
		return this.directory.visibleStudents(Viewers.require(principal), ids)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
	}

	private <T> Map<T, StaffMember> byStaff(List<T> items, Function<T, String> staffId) {
		return StaffBatch.of(this.directory, items, staffId::apply);
	}

}
