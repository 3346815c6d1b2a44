package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the escalation API tests: a campus of the test's own, the app's clock to set,
 * and the escalation mutations sent as GraphQL documents with the payload the board and
 * the detail page read.
 */
abstract class EscalationApiTest extends ApiTest {

	/** What the tests read of an escalation. */
	static final String ESCALATION = """
			id kind state version matter outcome closedAt openedAt noticedAt lossReasons
			openedBy { id } student { id } source { __typename id }
			currentStep { key name ownerRole dueAt overdue owner { id } requiredOutputs }
			steps { key name ownerRole startedAt dueAt endedAt ending overdue owner { id }
			  outputs { key value } actions { text by { id } } }
			refund { applicantName appliedOn reason contract { id state }
			  financeReview { approved note by { id } } presidentDecision { approved note by { id } } }
			history { type stepKey note at by { id } }""";

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected CalendarService calendars;

	@Autowired
	protected PolicyService policies;

	@Autowired
	protected TestClock clock;

	@AfterEach
	void systemTime() {
		this.clock.reset();
	}

	protected TestCampus centre(int perGroup) {
		return TestCampus.centre(this.mongo, this.calendars, this.policies, perGroup);
	}

	protected TestCampus school(int students) {
		return TestCampus.school(this.mongo, this.calendars, this.policies, students);
	}

	/** Sets the app's clock to a local time in Shanghai. */
	protected Instant at(int year, int month, int day, int hour, int minute) {
		Instant instant = LocalDateTime.of(year, month, day, hour, minute).atZone(TestCampus.SHANGHAI).toInstant();
		this.clock.set(instant);
		return instant;
	}

	/** The end of a day in Shanghai, as deadlines fall, in the API's format. */
	protected static Instant endOf(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 23, 59, 59).atZone(TestCampus.SHANGHAI).toInstant();
	}

	protected static GraphQlTester.Response mutate(HttpGraphQlTester as, String mutation, Map<String, Object> input) {
		String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
		if (mutation.equals("reviewRefund") || mutation.equals("approveRefund")) {
			type = "RefundDecisionInput";
		}
		return as
			.document("mutation($input: " + type + "!) { result: " + mutation + "(input: $input) { escalation { "
					+ ESCALATION + " } errors { code field message } } }")
			.variable("input", input)
			.execute();
	}

	/** A mutation that must succeed: the escalation after it. */
	@SuppressWarnings("unchecked")
	protected static Map<String, Object> ok(GraphQlTester.Response response) {
		response.path("result.errors").entityList(Object.class).hasSize(0);
		return (Map<String, Object>) response.path("result.escalation").entity(Map.class).get();
	}

	/** A mutation that must be refused: its first error's code. */
	protected static String refused(GraphQlTester.Response response) {
		response.path("result.escalation").valueIsNull();
		return response.path("result.errors[0].code").entity(String.class).get();
	}

	protected static GraphQlTester.Response open(HttpGraphQlTester as, String studentId, String kind, String matter) {
		return mutate(as, "openEscalation", input("studentId", studentId, "kind", kind, "matter", matter));
	}

	protected static GraphQlTester.Response advance(HttpGraphQlTester as, Map<String, Object> escalation,
			String fromStep, Map<String, String> outputs, String... reasons) {
		return mutate(as, "advanceEscalation",
				input("escalationId", escalation.get("id"), "expectedVersion", escalation.get("version"), "fromStep",
						fromStep, "outputs", outputs(outputs), "lossReasons", List.of(reasons)));
	}

	protected static GraphQlTester.Response on(HttpGraphQlTester as, String mutation, Map<String, Object> escalation,
			Object... pairs) {
		Map<String, Object> input = input(pairs);
		input.put("escalationId", escalation.get("id"));
		input.put("expectedVersion", escalation.get("version"));
		return mutate(as, mutation, input);
	}

	static List<Map<String, String>> outputs(Map<String, String> outputs) {
		return outputs.entrySet()
			.stream()
			.map((entry) -> Map.of("key", entry.getKey(), "value", entry.getValue()))
			.toList();
	}

	/** Every output a step of the preset chains asks for, filled. */
	static Map<String, String> outputsFor(String step) {
		return switch (step) {
			case "WARNING_SIGN" ->
				Map.of("process", "与任课老师、咨询师了解情况并约谈家长。", "result", "家长仍要求退费。", "conflictPoints", "排课时间冲突，家长认为效果不明显。");
			case "RETENTION" ->
				Map.of("refundList", "剩余 20 课时", "lostContractReport", "失单报告", "retentionReport", "挽单报告");
			case "REPORT" -> Map.of("departmentFeedback", "已反馈学管部、咨询部", "supervisorSummary", "主管纪要");
			case "DIRECTOR_REVIEW" -> Map.of("lessonsLearned", "回访不足", "responsible", "学管师", "writtenSummary", "书面纪要");
			case "MORAL_EDUCATION" -> Map.of("actionsTaken", "德育处已约谈双方家长。");
			default -> Map.of();
		};
	}

	protected static Map<String, Object> input(Object... pairs) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> currentStep(Map<String, Object> escalation) {
		return (Map<String, Object>) escalation.get("currentStep");
	}

	static Instant instant(Object value) {
		return OffsetDateTime.parse((String) value).toInstant();
	}

	static void assertDue(Map<String, Object> escalation, String step, Instant due) {
		assertThat(currentStep(escalation).get("key")).isEqualTo(step);
		assertThat(instant(currentStep(escalation).get("dueAt"))).as(step + " due").isEqualTo(due);
	}

}
