package org.jiaxiao.timeline.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.ContactResult;
import org.jiaxiao.timeline.RecordContactInput;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The timeline in the graph: a student's entries, a contact's people, recording a
 * contact.
 */
@Controller
class TimelineController {

	private final TimelineService timeline;

	private final ContactRecorder recorder;

	private final DirectoryService directory;

	TimelineController(TimelineService timeline, ContactRecorder recorder, DirectoryService directory) {
		this.timeline = timeline;
		this.recorder = recorder;
		this.directory = directory;
	}

	@SchemaMapping(typeName = "Student")
	Connection<TimelineEntry> timeline(Student student, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		return this.timeline.timeline(Viewers.require(principal), student.id(), first, after);
	}

	@MutationMapping
	ContactResult recordContact(@Argument RecordContactInput input, Principal principal) {
		return this.recorder.record(Viewers.require(principal), input);
	}

	@BatchMapping(typeName = "Contact")
	Map<Contact, StaffMember> author(List<Contact> contacts) {
		List<String> authorIds = contacts.stream().map(Contact::authorId).distinct().toList();
		Map<String, StaffMember> authors = this.directory.staffByIds(authorIds)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		return contacts.stream()
			.filter((contact) -> authors.containsKey(contact.authorId()))
			.collect(Collectors.toMap(Function.identity(), (contact) -> authors.get(contact.authorId())));
	}

	/** Only the students the caller may see: a sibling in another class stays hidden. */
	@BatchMapping(typeName = "Contact")
	Map<Contact, List<Student>> students(List<Contact> contacts, Principal principal) {
		List<String> ids = contacts.stream().flatMap((contact) -> contact.studentIds().stream()).distinct().toList();
		Map<String, Student> visible = this.directory.visibleStudents(Viewers.require(principal), ids)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		return contacts.stream()
			.collect(Collectors.toMap(Function.identity(), (
					contact) -> contact.studentIds().stream().filter(visible::containsKey).map(visible::get).toList()));
	}

}
