package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Recording a contact: it lands on the timeline of each student concerned, moves the
 * counters, refuses bad input with a named error and changes nothing then, and a retry
 * with the same idempotency key records nothing twice.
 */
class RecordContactTest extends ApiTest {

	private String firstOf11;

	private String secondOf11;

	private String siblingIn12;

	private static final String TIMELINE_STUDENTS = """
			query($id: ID!) { student(id: $id) { timeline(first: 5) {
			  edges { node { id ... on Contact { students { id } } } } } } }""";

	@BeforeEach
	void findStudents() {
		var principal = as("principal");
		List<String> class11 = studentsOf(principal, CLASS_1_1);
		this.firstOf11 = class11.get(0);
		this.secondOf11 = class11.get(1);
		this.siblingIn12 = studentsOf(principal, CLASS_1_2).get(0);
	}

	@Test
	void aPhoneContactAppearsAtTheTopOfTheTimelineAndMovesTheCounters() {
		var homeroom = as("homeroom");
		var before = homeroom.documentName("student").variable("id", this.secondOf11).execute();
		int contactsBefore = before.path("student.contactsThisYear").entity(Integer.class).get();
		String guardian = before.path("student.household.guardians[0].id").entity(String.class).get();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);

		var recorded = record(homeroom,
				input(List.of(this.secondOf11), "PHONE", now, List.of(guardian), "电话沟通：作业按时完成。"));
		recorded.path("recordContact.errors").entityList(Object.class).hasSize(0);
		String id = recorded.path("recordContact.contact.id").entity(String.class).get();
		recorded.path("recordContact.contact.author.displayName").entity(String.class).isEqualTo("陈老师");
		recorded.path("recordContact.contact.guardiansMet[0].guardianId").entity(String.class).isEqualTo(guardian);

		var after = homeroom.documentName("student").variable("id", this.secondOf11).variable("first", 1).execute();
		after.path("student.timeline.edges[0].node.id").entity(String.class).isEqualTo(id);
		after.path("student.timeline.edges[0].node.form").entity(String.class).isEqualTo("PHONE");
		after.path("student.timeline.edges[0].node.summary").entity(String.class).isEqualTo("电话沟通：作业按时完成。");
		after.path("student.contactsThisYear").entity(Integer.class).isEqualTo(contactsBefore + 1);
		after.path("student.lastContactAt")
			.entity(String.class)
			.satisfies((last) -> assertThat(OffsetDateTime.parse(last).toInstant()).isEqualTo(now.toInstant()));
	}

	@Test
	void siblingsShareOneContactOnBothTimelines() {
		var subject = as("subject");
		Map<String, Object> visit = input(List.of(this.firstOf11, this.siblingIn12), "HOME_VISIT",
				OffsetDateTime.now().minusDays(1), List.of(), "家访：兄妹二人学习情况。");
		visit.put("analysis", "兄妹作息一致，作业时间安排偏晚。");
		visit.put("countermeasure", "建议晚饭后先完成作业，两周后电话回访。");
		var recorded = record(subject, visit);
		recorded.path("recordContact.errors").entityList(Object.class).hasSize(0);
		String id = recorded.path("recordContact.contact.id").entity(String.class).get();
		recorded.path("recordContact.contact.students[*].id")
			.entityList(String.class)
			.containsExactly(this.firstOf11, this.siblingIn12);
		for (String student : List.of(this.firstOf11, this.siblingIn12)) {
			assertThat(timelineIds(subject, student)).containsOnlyOnce(id);
		}
		// The homeroom teacher of 1-1 sees the contact but not the sibling in 1-2.
		as("homeroom").documentName("node")
			.variable("id", id)
			.execute()
			.path("node.summary")
			.entity(String.class)
			.isEqualTo("家访：兄妹二人学习情况。");
		as("homeroom").document("query($id: ID!) { node(id: $id) { ... on Contact { students { id } } } }")
			.variable("id", id)
			.execute()
			.path("node.students[*].id")
			.entityList(String.class)
			.containsExactly(this.firstOf11);
		// Alike on a page of the timeline, whose contacts' students are read in one
		// batch.
		for (var viewer : List.of(as("homeroom"), subject)) {
			viewer.document(TIMELINE_STUDENTS)
				.variable("id", this.firstOf11)
				.execute()
				.path("student.timeline.edges[?(@.node.id == '" + id + "')].node.students[*].id")
				.entityList(String.class)
				.isEqualTo((viewer == subject) ? List.of(this.firstOf11, this.siblingIn12) : List.of(this.firstOf11));
		}
	}

	@Test
	void aRetryWithTheSameKeyRecordsOnce() {
		var homeroom = as("homeroom");
		Map<String, Object> input = input(List.of(this.firstOf11), "PARENT_VISIT", OffsetDateTime.now().minusHours(2),
				List.of(), "家长来访：询问期中考试安排。");
		input.put("idempotencyKey", UUID.randomUUID().toString());
		String first = record(homeroom, input).path("recordContact.contact.id").entity(String.class).get();
		String second = record(homeroom, input).path("recordContact.contact.id").entity(String.class).get();
		assertThat(second).isEqualTo(first);
		assertThat(timelineIds(homeroom, this.firstOf11)).containsOnlyOnce(first);

		Map<String, Object> changed = new HashMap<>(input);
		changed.put("summary", "另一条内容");
		record(homeroom, changed).path("recordContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void badInputIsRefusedByNameAndChangesNothing() {
		var homeroom = as("homeroom");
		OffsetDateTime now = OffsetDateTime.now();
		String otherFamily = this.secondOf11;
		List<Map<String, Object>> inputs = List.of(input(List.of(), "PHONE", now, List.of(), "x"),
				input(List.of(this.firstOf11), "PHONE", now.plusDays(1), List.of(), "x"),
				input(List.of(this.firstOf11), "PHONE", now.minusYears(2), List.of(), "x"),
				input(List.of(this.firstOf11), "PHONE", now, List.of(), "   "),
				input(List.of(this.firstOf11), "PHONE", now, List.of(), "长".repeat(4001)),
				input(List.of(this.firstOf11), "PHONE", now, List.of("gdn_nobody"), "x"),
				input(List.of(this.siblingIn12), "PHONE", now, List.of(), "x"),
				input(List.of(this.firstOf11, otherFamily), "PHONE", now, List.of(), "x"));
		List<String> expected = List.of("EMPTY", "IN_THE_FUTURE", "TOO_OLD", "REQUIRED", "TOO_LONG", "UNKNOWN_GUARDIAN",
				"NOT_FOUND", "NOT_ONE_HOUSEHOLD");
		List<String> timelineBefore = timelineIds(as("principal"), this.firstOf11);
		List<String> siblingBefore = timelineIds(as("principal"), this.siblingIn12);
		for (int i = 0; i < inputs.size(); i++) {
			var response = record(homeroom, inputs.get(i));
			response.path("recordContact.contact").valueIsNull();
			response.path("recordContact.errors[0].code").entity(String.class).isEqualTo(expected.get(i));
			response.path("recordContact.errors[0].message")
				.entity(String.class)
				.satisfies((m) -> assertThat(m).isNotBlank());
		}
		assertThat(timelineIds(as("principal"), this.firstOf11)).isEqualTo(timelineBefore);
		assertThat(timelineIds(as("principal"), this.siblingIn12)).isEqualTo(siblingBefore);
	}

	@Test
	void malformedInputIsABadRequestNotAServerError() {
		var homeroom = as("homeroom");
		Map<String, Object> wrongEnum = input(List.of(this.firstOf11), "CARRIER_PIGEON", OffsetDateTime.now(),
				List.of(), "x");
		record(homeroom, wrongEnum).errors()
			.expect((error) -> "ValidationError".equals(String.valueOf(error.getErrorType()))
					&& error.getMessage().contains("CARRIER_PIGEON"))
			.verify();
		Map<String, Object> badDate = input(List.of(this.firstOf11), "PHONE", OffsetDateTime.now(), List.of(), "x");
		badDate.put("occurredAt", "yesterday");
		record(homeroom, badDate).errors()
			.expect((error) -> "ValidationError".equals(String.valueOf(error.getErrorType()))
					&& error.getMessage().contains("yesterday"))
			.verify();
	}

	@Test
	void analystsMayNotRecordContacts() {
		record(as("analyst"), input(List.of(this.firstOf11), "PHONE", OffsetDateTime.now(), List.of(), "x")).errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify()
			.path("recordContact")
			.pathDoesNotExist();
	}

	private static GraphQlTester.Response record(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.documentName("recordContact").variable("input", input).execute();
	}

	private static Map<String, Object> input(List<String> students, String form, OffsetDateTime occurredAt,
			List<String> guardians, String summary) {
		Map<String, Object> input = new HashMap<>();
		input.put("studentIds", students);
		input.put("form", form);
		input.put("kind", "ROUTINE");
		input.put("occurredAt", occurredAt.toString());
		input.put("guardianIdsMet", guardians);
		input.put("summary", summary);
		return input;
	}

	private static List<String> timelineIds(HttpGraphQlTester tester, String studentId) {
		return tester.documentName("timelineIds")
			.variable("id", studentId)
			.variable("first", 100)
			.execute()
			.path("student.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
