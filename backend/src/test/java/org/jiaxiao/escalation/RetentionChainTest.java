package org.jiaxiao.escalation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tutoring centre's retention chain through the API, from a warning sign to the
 * refund, with deadlines on the official 2026 calendar: three calendar days over the
 * Labour Day holiday, two working days after it, a make-up Saturday worked, a Sunday off;
 * the refund's application, finance's review and the president's approval; the contract
 * refunded; every step on the student's timeline and in the escalation's own audit.
 */
class RetentionChainTest extends EscalationApiTest {

	private static final String TIMELINE = """
			query($id: ID!) { student(id: $id) { contactsThisYear timeline(first: 50, filter: { types: [ESCALATION] }) {
			  edges { node { __typename occurredAt author { id } ... on EscalationUpdate { event stepName note
			  escalation { id state } } } } } } }""";

	@Test
	void fromAWarningSignToTheRefundAcrossLabourDay() {
		TestCampus centre = centre(3);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		HttpGraphQlTester director = as(centre.username("director"));
		HttpGraphQlTester finance = as(centre.username("finance"));
		HttpGraphQlTester president = as(centre.username("president"));
		String student = centre.student(0);

		// Thu 30 April, 09:00: the learning manager finds a warning sign.
		at(2026, 4, 30, 9, 0);
		Map<String, Object> escalation = ok(open(manager, student, "RETENTION", "家长提出孩子成绩没有提高，考虑退费。"));
		assertThat(escalation.get("state")).isEqualTo("OPEN");
		assertThat(escalation.get("version")).isEqualTo(1);
		assertThat(escalation.get("openedBy")).isEqualTo(Map.of("id", centre.staff("lm").id()));
		// Three calendar days: the holiday does not stop the clock — Sun 3 May.
		assertDue(escalation, "WARNING_SIGN", endOf(2026, 5, 3));
		assertThat(currentStep(escalation).get("ownerRole")).isEqualTo("LEARNING_MANAGER");
		assertThat(currentStep(escalation).get("requiredOutputs"))
			.isEqualTo(List.of("process", "result", "conflictPoints"));
		escalation = ok(on(manager, "acknowledgeEscalation", escalation));
		assertThat(currentStep(escalation).get("owner")).isEqualTo(Map.of("id", centre.staff("lm").id()));
		escalation = ok(on(manager, "recordEscalationAction", escalation, "text", "与任课老师、咨询师沟通，下午约家长面谈。"));

		// 16:00 the talk failed: on to retention. Two working days: 1–5 May are off, so
		// Wed 6 and Thu 7 May.
		at(2026, 4, 30, 16, 0);
		escalation = ok(advance(manager, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN"), "PLANS_LATE"));
		assertDue(escalation, "RETENTION", endOf(2026, 5, 7));
		assertThat(currentStep(escalation).get("ownerRole")).isEqualTo("SUPERVISOR");
		assertThat(escalation.get("lossReasons")).isEqualTo(List.of("PLANS_LATE"));

		// Fri 8 May, 10:00: a day late, the step shows overdue; the supervisor advances.
		at(2026, 5, 8, 10, 0);
		escalation = read(supervisor, (String) escalation.get("id"));
		assertThat(currentStep(escalation).get("overdue")).isEqualTo(true);
		escalation = ok(advance(supervisor, escalation, "RETENTION", outputsFor("RETENTION")));
		// One working day from a Friday: Sat 9 May is a make-up working day (调休上班).
		assertDue(escalation, "REPORT", endOf(2026, 5, 9));
		assertThat(currentStep(escalation).get("overdue")).isEqualTo(false);

		// Sat 9 May, 17:00: the director takes the report on. One working day: Sunday is
		// off, Mon 11 May.
		at(2026, 5, 9, 17, 0);
		escalation = ok(advance(director, escalation, "REPORT", outputsFor("REPORT")));
		assertDue(escalation, "DIRECTOR_REVIEW", endOf(2026, 5, 11));

		// Mon 11 May: the director's review done, on to the refund (five working days).
		at(2026, 5, 11, 11, 0);
		escalation = ok(advance(director, escalation, "DIRECTOR_REVIEW", outputsFor("DIRECTOR_REVIEW")));
		assertDue(escalation, "REFUND", endOf(2026, 5, 18));
		assertThat(currentStep(escalation).get("ownerRole")).isEqualTo("FINANCE");

		// Tue 12 May: the family's written application.
		at(2026, 5, 12, 9, 30);
		escalation = ok(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(0), "applicantName",
				"王女士", "appliedOn", "2026-05-12", "reason", "孩子学习压力大，暂停课外辅导。"));
		assertThat(refund(escalation).get("contract"))
			.isEqualTo(Map.of("id", centre.contractOf(0), "state", "REFUND_REQUESTED"));
		at(2026, 5, 13, 14, 0);
		escalation = ok(on(finance, "reviewRefund", escalation, "approved", true, "note", "剩余课时核对无误。"));
		assertThat(escalation.get("state")).isEqualTo("OPEN");
		at(2026, 5, 14, 10, 0);
		escalation = ok(on(president, "approveRefund", escalation, "approved", true, "note", "同意。"));

		assertThat(escalation.get("state")).isEqualTo("REFUNDED");
		assertThat(escalation.get("currentStep")).isNull();
		assertThat(instant(escalation.get("closedAt"))).isEqualTo(at(2026, 5, 14, 10, 0));
		assertThat(refund(escalation).get("contract"))
			.isEqualTo(Map.of("id", centre.contractOf(0), "state", "REFUNDED"));
		@SuppressWarnings("unchecked")
		Map<String, Object> decision = (Map<String, Object>) refund(escalation).get("presidentDecision");
		assertThat(decision.get("by")).isEqualTo(Map.of("id", centre.staff("president").id()));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> steps = (List<Map<String, Object>>) escalation.get("steps");
		assertThat(steps).extracting((step) -> step.get("key"))
			.containsExactly("WARNING_SIGN", "RETENTION", "REPORT", "DIRECTOR_REVIEW", "REFUND");
		assertThat(steps).extracting((step) -> step.get("ending"))
			.containsExactly("ADVANCED", "ADVANCED", "ADVANCED", "ADVANCED", "REFUNDED");
		assertThat(steps.get(0).get("outputs")).asList().hasSize(3);
		assertThat(steps.get(4).get("owner")).isEqualTo(Map.of("id", centre.staff("finance").id()));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> history = (List<Map<String, Object>>) escalation.get("history");
		assertThat(history).extracting((event) -> event.get("type"))
			.containsExactly("OPENED", "ACKNOWLEDGED", "ACTION_RECORDED", "ADVANCED", "ADVANCED", "ADVANCED",
					"ADVANCED", "REFUND_APPLIED", "FINANCE_REVIEWED", "REFUND_DECIDED");
		assertThat(history.get(3).get("by")).isEqualTo(Map.of("id", centre.staff("lm").id()));
		assertThat(history.get(3).get("note")).isEqualTo("保单");

		// The learning manager sees each move on the student's timeline; none counts as a
		// contact.
		var timeline = manager.document(TIMELINE).variable("id", student).execute();
		timeline.path("student.contactsThisYear").entity(Integer.class).isEqualTo(0);
		timeline.path("student.timeline.edges[*].node.event")
			.entityList(String.class)
			.containsExactly("REFUND_DECIDED", "FINANCE_REVIEWED", "REFUND_APPLIED", "ADVANCED", "ADVANCED", "ADVANCED",
					"ADVANCED", "ACKNOWLEDGED", "OPENED");
		timeline.path("student.timeline.edges[3].node.stepName").entity(String.class).isEqualTo("退费审批");
		timeline.path("student.timeline.edges[0].node.escalation.state").entity(String.class).isEqualTo("REFUNDED");
		timeline.path("student.timeline.edges[0].node.author.id")
			.entity(String.class)
			.isEqualTo(centre.staff("president").id());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> refund(Map<String, Object> escalation) {
		return (Map<String, Object>) escalation.get("refund");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> read(HttpGraphQlTester as, String id) {
		return (Map<String, Object>) as.document("query($id: ID!) { escalation(id: $id) { " + ESCALATION + " } }")
			.variable("id", id)
			.execute()
			.path("escalation")
			.entity(Map.class)
			.get();
	}

}
