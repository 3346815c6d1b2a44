package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Incidents answered by an immediate contact, notes, filters, the household timeline (a
 * shared contact once) and the class and grade contact lists.
 */
class IncidentsNotesAndListsTest extends ApiTest {

	private static final String INCIDENT = """
			mutation($input: RecordIncidentInput!) { recordIncident(input: $input) { incident { id kind days } errors { code } } }""";

	private static final String TIMELINE = """
			query($id: ID!, $filter: TimelineFilter) { student(id: $id) { timeline(first: 50, filter: $filter) {
			  edges { node { __typename id ... on Incident { kind answeredBy { id kind } } ... on Note { text } ... on Contact { contactKind: kind } } } } } }""";

	@Test
	void anIncidentIsAnsweredByAnImmediateContact() {
		var homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(13);
		String incident = homeroom.document(INCIDENT)
			.variable("input",
					Map.of("studentIds", List.of(student), "kind", "ILLNESS_ABSENCE", "days", 3, "occurredAt",
							OffsetDateTime.now().minusDays(1).toString(), "description", "发烧请假三天", "reportedBy", "母亲"))
			.execute()
			.path("recordIncident.incident.id")
			.entity(String.class)
			.get();
		// Not answered yet: no answer, and no error reading it.
		homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("filter", Map.of("types", List.of("INCIDENT")))
			.execute()
			.path("student.timeline.edges[0].node.answeredBy")
			.valueIsNull();
		Map<String, Object> contact = new java.util.HashMap<>(Map.of("studentIds", List.of(student), "form", "PHONE",
				"kind", "IMMEDIATE", "occurredAt", OffsetDateTime.now().minusHours(2).toString(), "summary",
				"电话慰问，了解病情。", "analysis", "病情已稳定。", "countermeasure", "返校后安排补课。"));
		contact.put("answersIncidentId", incident);
		String answer = homeroom.documentName("recordContact")
			.variable("input", contact)
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
		var incidents = homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("filter", Map.of("types", List.of("INCIDENT")))
			.execute();
		incidents.path("student.timeline.edges[*].node.__typename")
			.entityList(String.class)
			.containsExactly("Incident");
		incidents.path("student.timeline.edges[0].node.answeredBy.id").entity(String.class).isEqualTo(answer);
		incidents.path("student.timeline.edges[0].node.answeredBy.kind").entity(String.class).isEqualTo("IMMEDIATE");

		Map<String, Object> bad = new java.util.HashMap<>(contact);
		bad.put("answersIncidentId", "inc_unknown");
		homeroom.documentName("recordContact")
			.variable("input", bad)
			.execute()
			.path("recordContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void anotherStudentsIncidentIsRefusedAndLinksNothing() {
		var homeroom = as("homeroom");
		List<String> class11 = studentsOf(as("principal"), CLASS_1_1);
		String sick = class11.get(14);
		String visited = class11.get(15);
		String incident = illness(homeroom, sick);
		Map<String, Object> contact = new java.util.HashMap<>(immediateContact(visited));
		contact.put("answersIncidentId", incident);
		var refused = homeroom.documentName("recordContact").variable("input", contact).execute();
		refused.path("recordContact.contact").valueIsNull();
		refused.path("recordContact.errors[0].code").entity(String.class).isEqualTo("OTHER_STUDENT");
		refused.path("recordContact.errors[0].field").entityList(String.class).contains("answersIncidentId");
		homeroom.document(TIMELINE)
			.variable("id", sick)
			.variable("filter", Map.of("types", List.of("INCIDENT")))
			.execute()
			.path("student.timeline.edges[0].node.answeredBy")
			.valueIsNull();
	}

	@Test
	void anImmediateContactThatSatisfiesTheIncidentsTaskAnswersTheIncident() {
		var homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(16);
		illness(homeroom, student);
		// The teacher does not name the incident: the visit closes its task all the same.
		String answer = homeroom.documentName("recordContact")
			.variable("input", immediateContact(student))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
		homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("filter", Map.of("types", List.of("INCIDENT")))
			.execute()
			.path("student.timeline.edges[0].node.answeredBy.id")
			.entity(String.class)
			.isEqualTo(answer);
	}

	private static String illness(org.springframework.graphql.test.tester.HttpGraphQlTester teacher, String student) {
		return teacher.document(INCIDENT)
			.variable("input",
					Map.of("studentIds", List.of(student), "kind", "ILLNESS_ABSENCE", "days", 3, "occurredAt",
							OffsetDateTime.now().minusDays(1).toString(), "description", "发烧请假三天", "reportedBy", "母亲"))
			.execute()
			.path("recordIncident.incident.id")
			.entity(String.class)
			.get();
	}

	private static Map<String, Object> immediateContact(String student) {
		return Map.of("studentIds", List.of(student), "form", "HOME_VISIT", "kind", "IMMEDIATE", "occurredAt",
				OffsetDateTime.now().minusHours(2).toString(), "summary", "家访慰问，了解病情。", "analysis", "病情已稳定。",
				"countermeasure", "返校后安排补课。");
	}

	@Test
	void notesAndFiltersAndBadInput() {
		var homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(14);
		homeroom
			.document("mutation($input: AddNoteInput!) { addNote(input: $input) { note { id text } errors { code } } }")
			.variable("input", Map.of("studentId", student, "text", "课间主动帮同学整理图书角。"))
			.execute()
			.path("addNote.note.text")
			.entity(String.class)
			.isEqualTo("课间主动帮同学整理图书角。");
		homeroom.document("mutation($input: AddNoteInput!) { addNote(input: $input) { note { id } errors { code } } }")
			.variable("input", Map.of("studentId", student, "text", " "))
			.execute()
			.path("addNote.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("filter", Map.of("types", List.of("NOTE")))
			.execute()
			.path("student.timeline.edges[*].node.text")
			.entityList(String.class)
			.containsExactly("课间主动帮同学整理图书角。");
		homeroom.document(INCIDENT)
			.variable("input",
					Map.of("studentIds", List.of(studentsOf(as("principal"), CLASS_1_2).get(3)), "kind", "AWARD",
							"occurredAt", OffsetDateTime.now().toString(), "description", "x", "reportedBy", "y"))
			.execute()
			.path("recordIncident.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void theHouseholdTimelineShowsASharedContactOnce() {
		var principal = as("principal");
		String younger = studentsOf(principal, CLASS_1_1).get(0);
		String elder = studentsOf(principal, CLASS_1_2).get(0);
		Map<String, Object> both = new java.util.HashMap<>(
				Map.of("studentIds", List.of(younger, elder), "form", "PARENT_VISIT", "kind", "ROUTINE", "occurredAt",
						OffsetDateTime.now().minusMinutes(5).toString(), "summary", "家长来校：兄妹同时沟通。"));
		String shared = principal.documentName("recordContact")
			.variable("input", both)
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
		String household = principal.documentName("student")
			.variable("id", younger)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
		List<String> ids = principal.document(
				"query($id: ID!) { node(id: $id) { ... on Household { timeline(first: 100) { edges { node { id } } } } } }")
			.variable("id", household)
			.execute()
			.path("node.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsOnlyOnce(shared).doesNotHaveDuplicates();
	}

	@Test
	void contactListsPageWithFiltersAndShowASharedContactOnce() {
		var gradeLeader = as("grade-leader");
		List<String> all = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = gradeLeader.document(
					"query($after: String) { contacts(filter: { grade: 1 }, first: 50, after: $after) { edges { node { id occurredAt } } pageInfo { hasNextPage endCursor } } }")
				.variable("after", after)
				.execute();
			all.addAll(page.path("contacts.edges[*].node.id").entityList(String.class).get());
			more = page.path("contacts.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("contacts.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(all).hasSizeGreaterThan(40).doesNotHaveDuplicates();
		List<String> homeVisits = gradeLeader
			.document("{ contacts(filter: { grade: 1, forms: [HOME_VISIT] }, first: 100) { edges { node { form } } } }")
			.execute()
			.path("contacts.edges[*].node.form")
			.entityList(String.class)
			.get();
		assertThat(homeVisits).isNotEmpty().containsOnly("HOME_VISIT");
		// A grade leader of grade 1 sees nothing of grade 2; a list needs a class or a
		// grade.
		gradeLeader.document("{ contacts(filter: { grade: 2 }) { edges { node { id } } } }")
			.execute()
			.path("contacts.edges")
			.entityList(Object.class)
			.hasSize(0);
		gradeLeader.document("{ contacts(filter: {}) { edges { node { id } } } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

}
