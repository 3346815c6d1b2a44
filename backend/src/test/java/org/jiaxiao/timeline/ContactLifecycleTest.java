package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * A contact after it was written: amended with its history kept, never overwritten by a
 * concurrent amendment, withdrawn with a reason (kept, struck through, out of the
 * counts).
 */
class ContactLifecycleTest extends ApiTest {

	private static final String AMEND = """
			mutation($input: AmendContactInput!) { amendContact(input: $input) {
			  contact { id version summary analysis form amendments { by { displayName } previous { field value } } }
			  errors { code field } } }""";

	private static final String RETRACT = """
			mutation($input: RetractContactInput!) { retractContact(input: $input) {
			  contact { id retraction { reason by { displayName } } } errors { code } } }""";

	private static final String STUDENT = """
			query($id: ID!) { student(id: $id) { contactsThisYear lastContactAt
			  timeline(first: 50) { edges { node { id retraction { reason } } } } } }""";

	private String student;

	@BeforeEach
	void findStudent() {
		this.student = studentsOf(as("principal"), CLASS_1_1).get(11);
	}

	@Test
	void anAmendmentKeepsThePreviousValues() {
		var homeroom = as("homeroom");
		String id = recordPhoneCall(homeroom, "电话：作业情况。");
		var amended = amend(homeroom, id, 0, Map.of("summary", "电话：作业和阅读情况。", "form", "VIDEO_CALL"));
		amended.path("amendContact.errors").entityList(Object.class).hasSize(0);
		amended.path("amendContact.contact.version").entity(Integer.class).isEqualTo(1);
		amended.path("amendContact.contact.form").entity(String.class).isEqualTo("VIDEO_CALL");
		amended.path("amendContact.contact.amendments[0].by.displayName").entity(String.class).isEqualTo("陈老师");
		amended.path("amendContact.contact.amendments[0].previous[*].field")
			.entityList(String.class)
			.containsExactly("form", "summary");
		amended.path("amendContact.contact.amendments[0].previous[*].value")
			.entityList(String.class)
			.containsExactly("PHONE", "电话：作业情况。");
	}

	@Test
	void aSecondAmendmentOfTheSameVersionGetsAConflict() {
		var homeroom = as("homeroom");
		String id = recordPhoneCall(homeroom, "电话：第一次。");
		amend(homeroom, id, 0, Map.of("summary", "甲的修改")).path("amendContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		amend(as("principal"), id, 0, Map.of("summary", "乙的修改")).path("amendContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		as("principal").document("query($id: ID!) { node(id: $id) { ... on Contact { summary version } } }")
			.variable("id", id)
			.execute()
			.path("node.summary")
			.entity(String.class)
			.isEqualTo("甲的修改");
	}

	@Test
	void concurrentAmendmentsLetExactlyOneWin() throws Exception {
		String id = recordPhoneCall(as("homeroom"), "电话：并发测试。");
		HttpGraphQlTester principal = as("principal");
		HttpGraphQlTester deyu = as("deyu");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<String>> both = List.of(
					() -> firstErrorCode(amend(principal, id, 0, Map.of("summary", "校长改"))),
					() -> firstErrorCode(amend(deyu, id, 0, Map.of("summary", "德育处改"))));
			List<String> outcomes = new ArrayList<>();
			for (Future<String> outcome : pool.invokeAll(both)) {
				outcomes.add(outcome.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theRecordAnalysisCountermeasureRuleHoldsForAmendmentsToo() {
		var homeroom = as("homeroom");
		String id = recordPhoneCall(homeroom, "电话：普通联系。");
		amend(homeroom, id, 0, Map.of("form", "HOME_VISIT")).path("amendContact.errors[*].code")
			.entityList(String.class)
			.containsExactly("REQUIRED_BY_POLICY", "REQUIRED_BY_POLICY");
	}

	@Test
	void othersMayNotAmendAndAWithdrawnRecordIsKeptButStopsCounting() {
		var homeroom = as("homeroom");
		var before = homeroom.document(STUDENT).variable("id", this.student).execute();
		int contacts = before.path("student.contactsThisYear").entity(Integer.class).get();
		String id = recordPhoneCall(homeroom, "电话：将被撤回。");
		amend(as("subject"), id, 0, Map.of("summary", "x")).path("amendContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_ALLOWED");
		homeroom.document(STUDENT)
			.variable("id", this.student)
			.execute()
			.path("student.contactsThisYear")
			.entity(Integer.class)
			.isEqualTo(contacts + 1);

		homeroom.document(RETRACT)
			.variable("input", Map.of("contactId", id, "reason", ""))
			.execute()
			.path("retractContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		var retracted = homeroom.document(RETRACT)
			.variable("input", Map.of("contactId", id, "reason", "记错了学生"))
			.execute();
		retracted.path("retractContact.contact.retraction.reason").entity(String.class).isEqualTo("记错了学生");
		retracted.path("retractContact.contact.retraction.by.displayName").entity(String.class).isEqualTo("陈老师");

		var after = homeroom.document(STUDENT).variable("id", this.student).execute();
		after.path("student.contactsThisYear").entity(Integer.class).isEqualTo(contacts);
		after.path("student.timeline.edges[*].node.id").entityList(String.class).contains(id);
		amend(homeroom, id, 0, Map.of("summary", "y")).path("amendContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_ALLOWED");
		// Withdrawing twice changes nothing more.
		homeroom.document(RETRACT)
			.variable("input", Map.of("contactId", id, "reason", "再次撤回"))
			.execute()
			.path("retractContact.contact.retraction.reason")
			.entity(String.class)
			.isEqualTo("记错了学生");
		homeroom.document(STUDENT)
			.variable("id", this.student)
			.execute()
			.path("student.contactsThisYear")
			.entity(Integer.class)
			.isEqualTo(contacts);
	}

	private String recordPhoneCall(HttpGraphQlTester tester, String summary) {
		return tester.documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(this.student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", summary))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
	}

	private static GraphQlTester.Response amend(HttpGraphQlTester tester, String id, int version,
			Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("contactId", id);
		input.put("expectedVersion", version);
		return tester.document(AMEND).variable("input", input).execute();
	}

	private static String firstErrorCode(GraphQlTester.Response response) {
		List<String> codes = response.path("amendContact.errors[*].code").entityList(String.class).get();
		return codes.isEmpty() ? "OK" : codes.get(0);
	}

}
