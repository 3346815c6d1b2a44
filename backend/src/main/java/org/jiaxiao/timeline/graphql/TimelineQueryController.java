package org.jiaxiao.timeline.graphql;

import java.security.Principal;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactsFilter;
import org.jiaxiao.timeline.ContactsList;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineFilter;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Timelines in the graph: a student's, a household's, and the contacts of a class or
 * grade.
 */
@Controller
class TimelineQueryController {

	private final TimelineService timeline;

	private final ContactsList contacts;

	private final DirectoryService directory;

	TimelineQueryController(TimelineService timeline, ContactsList contacts, DirectoryService directory) {
		this.timeline = timeline;
		this.contacts = contacts;
		this.directory = directory;
	}

	@SchemaMapping(typeName = "Student")
	Connection<TimelineEntry> timeline(Student student, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable TimelineFilter filter, Principal principal,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		return PageStudents.prefetch(this.directory, viewer,
				this.timeline.timeline(viewer, student.id(), first, after, filter), selection, context);
	}

	@SchemaMapping(typeName = "Household", field = "timeline")
	Connection<TimelineEntry> householdTimeline(Household household, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable TimelineFilter filter, Principal principal,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		return PageStudents.prefetch(this.directory, viewer,
				this.timeline.householdTimeline(viewer, household.id(), first, after, filter), selection, context);
	}

	@QueryMapping
	Connection<Contact> contacts(@Argument ContactsFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		return PageStudents.prefetch(this.directory, viewer, this.contacts.page(viewer, filter, first, after),
				selection, context);
	}

}
