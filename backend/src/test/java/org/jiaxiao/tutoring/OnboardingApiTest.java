package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestCentre;
import org.jiaxiao.support.TestSchool;
import org.jiaxiao.task.ComplianceSweep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tutoring centre's task tests: a campus of the test's own
 * ({@link TestCentre}), contracts recorded and tasks read over HTTP as its staff.
 */
abstract class OnboardingApiTest extends ComplianceApiTest {

	@Autowired
	protected AuditLog audit;

	@Autowired
	protected ComplianceSweep sweep;

	static final List<String> ALL_STATES = List.of("OPEN", "OVERDUE", "DONE", "WAIVED");

	protected TestCentre centre() {
		return TestCentre.create(this.mongo, this.calendars, this.policies, 3);
	}

	protected GraphQlTester.Response record(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.documentName("onboarding/recordContract").variable("input", input).execute();
	}

	/** Records a contract and returns its id, failing on any refusal. */
	protected String contract(HttpGraphQlTester tester, String studentId, LocalDate signedOn,
			OffsetDateTime firstLessonAt) {
		Map<String, Object> input = contractInput(studentId, signedOn);
		if (firstLessonAt != null) {
			input.put("firstLessonAt", firstLessonAt.toString());
		}
		GraphQlTester.Response response = record(tester, input);
		response.path("recordContract.errors").entityList(Object.class).hasSize(0);
		return response.path("recordContract.contract.id").entity(String.class).get();
	}

	protected static Map<String, Object> contractInput(String studentId, LocalDate signedOn) {
		Map<String, Object> input = new HashMap<>();
		input.put("studentId", studentId);
		input.put("signedOn", signedOn.toString());
		input.put("subjects", List.of("数学", "物理"));
		input.put("lessonsBought", 48);
		return input;
	}

	/** The caller's tasks (any state) triggered by a contract, page by page. */
	@SuppressWarnings("unchecked")
	protected List<Map<String, Object>> tasks(HttpGraphQlTester tester, String contractId) {
		List<Map<String, Object>> found = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = tester.documentName("onboarding/tasks")
				.variable("filter", Map.of("state", ALL_STATES))
				.variable("after", after)
				.execute();
			page.path("myTasks.edges[*].node")
				.entityList(Map.class)
				.get()
				.stream()
				.map((node) -> (Map<String, Object>) node)
				.filter((node) -> contractId.equals(((Map<String, Object>) node.get("trigger")).get("contractId")))
				.forEach(found::add);
			after = page.path("myTasks.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("myTasks.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return found;
	}

	/**
	 * The caller's task of a rule triggered by a contract (the only one of that rule).
	 */
	protected Map<String, Object> task(HttpGraphQlTester tester, String contractId, String rule) {
		List<Map<String, Object>> found = tasks(tester, contractId).stream()
			.filter((node) -> rule.equals(node.get("rule")))
			.toList();
		assertThat(found).as(rule).hasSize(1);
		return found.get(0);
	}

	protected GraphQlTester.Response complete(HttpGraphQlTester tester, String obligationId, String note) {
		Map<String, Object> input = new HashMap<>();
		input.put("obligationId", obligationId);
		input.put("note", note);
		return tester.documentName("onboarding/completeObligation").variable("input", input).execute();
	}

	/** Records a contact of the given form, a few minutes ago, and returns its id. */
	protected String contact(HttpGraphQlTester tester, String studentId, String form, OffsetDateTime at) {
		GraphQlTester.Response response = tester.document(
				"""
						mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } errors { code field } } }""")
			.variable("input",
					Map.of("studentIds", List.of(studentId), "form", form, "kind", "ROUTINE", "occurredAt",
							at.toString(), "summary", "与家长沟通学生近况。"))
			.execute();
		response.path("recordContact.errors").entityList(Object.class).hasSize(0);
		return response.path("recordContact.contact.id").entity(String.class).get();
	}

	protected static Instant instant(Object dateTime) {
		return OffsetDateTime.parse((String) dateTime).toInstant();
	}

	/** The last second of a day in the centre's zone: a task due "on" that day. */
	protected static Instant endOf(LocalDate day) {
		return WorkingDays.endOfDay(day, TestSchool.SHANGHAI);
	}

	protected static LocalDate dayOf(OffsetDateTime at) {
		return at.atZoneSameInstant(TestSchool.SHANGHAI).toLocalDate();
	}

	protected static LocalDate today() {
		return LocalDate.now(TestSchool.SHANGHAI);
	}

}
