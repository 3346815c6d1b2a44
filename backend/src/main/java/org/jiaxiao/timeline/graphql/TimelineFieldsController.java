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
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.audit.AuditTrail;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of timeline entries that read other collections or need the privacy policy, each
 * batched: a page of 20 entries costs one query per field, not 20. The fields every entry
 * of a page shows are in {@link TimelineRowFields}.
 */
@Controller
class TimelineFieldsController {

	private final DirectoryService directory;

	private final TimelineService timeline;

	TimelineFieldsController(DirectoryService directory, TimelineService timeline) {
		this.directory = directory;
		this.timeline = timeline;
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

}
