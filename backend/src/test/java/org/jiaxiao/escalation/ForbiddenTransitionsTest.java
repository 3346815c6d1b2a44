package org.jiaxiao.escalation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chain refuses, role by role, as {@code UserError}s: skipping a step, a step
 * without its outputs, a role the step does not allow, finance before the report or
 * before the application, a learning manager approving a refund, the president before
 * finance, anything on a closed escalation; a stale version is a conflict, and of two
 * people advancing at once exactly one wins. Analysts are refused outright.
 */
class ForbiddenTransitionsTest extends EscalationApiTest {

	@Test
	void stepsAreNeverSkippedAndOnlyTheStepsRolesMoveThem() {
		TestCampus centre = centre(2);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester otherManager = as(centre.username("lm2"));
		HttpGraphQlTester consultant = as(centre.username("consultant"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		HttpGraphQlTester director = as(centre.username("director"));
		HttpGraphQlTester finance = as(centre.username("finance"));
		HttpGraphQlTester president = as(centre.username("president"));

		// Opening: whoever sees the student; finance sees no family, the other group's
		// learning manager not this one, an analyst nothing.
		assertThat(refused(open(finance, centre.student(0), "RETENTION", "x"))).isEqualTo("NOT_FOUND");
		assertThat(refused(open(otherManager, centre.student(0), "RETENTION", "x"))).isEqualTo("NOT_FOUND");
		assertThat(refused(open(manager, centre.student(0), "SCHOOL_REFERRAL", "x"))).isEqualTo("NOT_FOUND");
		assertThat(refused(open(manager, centre.student(0), "RETENTION", " "))).isEqualTo("REQUIRED");
		open(as("analyst"), centre.student(0), "RETENTION", "x").errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		Map<String, Object> escalation = ok(open(consultant, centre.student(0), "RETENTION", "家长对课时安排不满。"));

		// Warning sign: the learning manager's.
		assertThat(refused(on(supervisor, "acknowledgeEscalation", escalation))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(otherManager, "acknowledgeEscalation", escalation))).isEqualTo("NOT_FOUND");
		assertThat(refused(advance(manager, escalation, "RETENTION", outputsFor("RETENTION"))))
			.isEqualTo("INVALID_TRANSITION");
		assertThat(refused(advance(manager, escalation, "REPORT", outputsFor("REPORT"))))
			.isEqualTo("INVALID_TRANSITION");
		assertThat(refused(advance(consultant, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN"))))
			.isEqualTo("NOT_ALLOWED");
		var missing = advance(manager, escalation, "WARNING_SIGN", Map.of("process", "约谈家长", "result", "未果"));
		assertThat(refused(missing)).isEqualTo("REQUIRED");
		missing.path("result.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "outputs", "conflictPoints");
		assertThat(refused(on(consultant, "resolveEscalation", escalation, "outcome", "稳定"))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(consultant, "tagLossReasons", escalation, "reasons", List.of("SLOW_RESPONSE"))))
			.isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(0),
				"applicantName", "王女士", "appliedOn", "2026-05-12", "reason", "退费")))
			.isEqualTo("INVALID_TRANSITION");
		assertThat(refused(on(president, "approveRefund", escalation, "approved", true)))
			.isEqualTo("INVALID_TRANSITION");
		escalation = ok(advance(manager, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN")));

		// A stale version, and the step that moved on, are refused.
		Map<String, Object> stale = Map.of("id", escalation.get("id"), "version", 1);
		assertThat(refused(on(supervisor, "recordEscalationAction", stale, "text", "x"))).isEqualTo("CONFLICT");
		assertThat(refused(advance(manager, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN"))))
			.isEqualTo("INVALID_TRANSITION");

		// Retention, then the report: finance sees none of it yet.
		escalation = ok(advance(manager, escalation, "RETENTION", outputsFor("RETENTION")));
		assertThat(refused(on(finance, "reviewRefund", escalation, "approved", true))).isEqualTo("NOT_FOUND");
		assertThat(refused(on(manager, "resolveEscalation", escalation, "outcome", "家长留下"))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(advance(manager, escalation, "REPORT", outputsFor("REPORT")))).isEqualTo("NOT_ALLOWED");
		escalation = ok(advance(supervisor, escalation, "REPORT", outputsFor("REPORT")));
		assertThat(refused(advance(supervisor, escalation, "DIRECTOR_REVIEW", outputsFor("DIRECTOR_REVIEW"))))
			.isEqualTo("NOT_ALLOWED");
		escalation = ok(advance(director, escalation, "DIRECTOR_REVIEW", outputsFor("DIRECTOR_REVIEW")));

		// The refund step: the last; finance before the application, anyone but finance
		// reviewing, anyone but the president approving, the president before finance.
		assertThat(refused(advance(director, escalation, "REFUND", Map.of()))).isEqualTo("INVALID_TRANSITION");
		assertThat(refused(on(finance, "reviewRefund", escalation, "approved", true))).isEqualTo("INVALID_TRANSITION");
		assertThat(refused(on(consultant, "applyForRefund", escalation, "contractId", centre.contractOf(0),
				"applicantName", "王女士", "appliedOn", "2026-05-12", "reason", "退费")))
			.isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(1),
				"applicantName", "王女士", "appliedOn", "2026-05-12", "reason", "退费")))
			.isEqualTo("NOT_FOUND");
		assertThat(refused(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(0),
				"applicantName", "王女士", "appliedOn", "2999-01-01", "reason", "退费")))
			.isEqualTo("IN_THE_FUTURE");
		escalation = ok(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(0), "applicantName",
				"王女士", "appliedOn", "2026-05-12", "reason", "孩子不愿再来。"));
		assertThat(refused(on(manager, "applyForRefund", escalation, "contractId", centre.contractOf(0),
				"applicantName", "王女士", "appliedOn", "2026-05-12", "reason", "再来一次")))
			.isEqualTo("INVALID_TRANSITION");
		assertThat(refused(on(manager, "approveRefund", escalation, "approved", true))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(manager, "reviewRefund", escalation, "approved", true))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(director, "reviewRefund", escalation, "approved", true))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(finance, "approveRefund", escalation, "approved", true))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(president, "approveRefund", escalation, "approved", true)))
			.isEqualTo("INVALID_TRANSITION");
		assertThat(refused(on(finance, "reviewRefund", escalation, "approved", false))).isEqualTo("REQUIRED");
		escalation = ok(on(finance, "reviewRefund", escalation, "approved", true));
		assertThat(refused(on(finance, "reviewRefund", escalation, "approved", true))).isEqualTo("INVALID_TRANSITION");
		escalation = ok(on(president, "approveRefund", escalation, "approved", false, "note", "请校区再与家长沟通一次。"));

		// Refused by the president: closed, the contract active again; nothing more
		// moves.
		assertThat(escalation.get("state")).isEqualTo("REFUND_REFUSED");
		assertThat(escalation.get("outcome")).isEqualTo("总裁不批准退费：请校区再与家长沟通一次。");
		assertThat(this.mongo.findById(centre.contractOf(0), org.jiaxiao.tutoring.TutoringContract.class).state())
			.isEqualTo(org.jiaxiao.tutoring.ContractState.ACTIVE);
		for (String mutation : List.of("acknowledgeEscalation", "recordEscalationAction", "resolveEscalation",
				"tagLossReasons", "approveRefund")) {
			Object[] extra = switch (mutation) {
				case "recordEscalationAction" -> new Object[] { "text", "x" };
				case "resolveEscalation" -> new Object[] { "outcome", "x" };
				case "tagLossReasons" -> new Object[] { "reasons", List.of() };
				case "approveRefund" -> new Object[] { "approved", true };
				default -> new Object[0];
			};
			assertThat(refused(on(president, mutation, escalation, extra))).as(mutation).isEqualTo("ESCALATION_CLOSED");
		}
	}

	@Test
	void financeRefusingClosesTheChainAndTheFamilyMayStillStayAtTheRefundStep() {
		TestCampus centre = centre(2);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester director = as(centre.username("director"));
		HttpGraphQlTester finance = as(centre.username("finance"));
		Map<String, Object> refused = toRefundStep(centre, 0);
		refused = ok(on(manager, "applyForRefund", refused, "contractId", centre.contractOf(0), "applicantName", "李先生",
				"appliedOn", "2026-05-12", "reason", "搬家"));
		refused = ok(on(finance, "reviewRefund", refused, "approved", false, "note", "合同已过退费期限。"));
		assertThat(refused.get("state")).isEqualTo("REFUND_REFUSED");

		Map<String, Object> stays = toRefundStep(centre, 1);
		stays = ok(on(manager, "applyForRefund", stays, "contractId", centre.contractOf(1), "applicantName", "赵女士",
				"appliedOn", "2026-05-12", "reason", "效果不好"));
		assertThat(refused(on(manager, "resolveEscalation", stays, "outcome", "家长撤回申请"))).isEqualTo("NOT_ALLOWED");
		stays = ok(on(director, "resolveEscalation", stays, "outcome", "家长撤回退费申请，继续上课。"));
		assertThat(stays.get("state")).isEqualTo("RESOLVED");
		assertThat(this.mongo.findById(centre.contractOf(1), org.jiaxiao.tutoring.TutoringContract.class).state())
			.isEqualTo(org.jiaxiao.tutoring.ContractState.ACTIVE);
	}

	@Test
	void ofTwoPeopleAdvancingTheSameStepAtOnceExactlyOneWins() throws Exception {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		for (int round = 0; round < 3; round++) {
			Map<String, Object> escalation = ok(open(manager, centre.student(0), "RETENTION", "并发测试 " + round));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			List<Callable<GraphQlTester.Response>> both = List.of(() -> {
				start.await();
				return advance(manager, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN"));
			}, () -> {
				start.await();
				return advance(supervisor, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN"));
			});
			List<Future<GraphQlTester.Response>> results = both.stream().map(threads::submit).toList();
			start.countDown();
			int won = 0;
			int conflicts = 0;
			for (Future<GraphQlTester.Response> result : results) {
				List<?> errors = result.get(60, TimeUnit.SECONDS)
					.path("result.errors[*].code")
					.entityList(String.class)
					.get();
				if (errors.isEmpty()) {
					won++;
				}
				else if (errors.equals(List.of("CONFLICT"))) {
					conflicts++;
				}
			}
			threads.shutdown();
			assertThat(won).as("winners").isEqualTo(1);
			assertThat(conflicts).as("conflicts").isEqualTo(1);
			Map<String, Object> after = RetentionChainTest.read(manager, (String) escalation.get("id"));
			assertThat(after.get("version")).isEqualTo(2);
			assertThat(after.get("steps")).asList().hasSize(2);
		}
	}

	@Test
	void aRetriedRequestIsAppliedOnceAndAKeyReusedForOtherInputIsRefused() {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		Map<String, Object> openInput = input("studentId", centre.student(0), "kind", "RETENTION", "matter", "重试测试",
				"idempotencyKey", "open-" + centre.prefix);
		Map<String, Object> escalation = ok(mutate(manager, "openEscalation", openInput));
		assertThat(ok(mutate(manager, "openEscalation", openInput)).get("id")).isEqualTo(escalation.get("id"));
		Map<String, Object> advanceInput = input("escalationId", escalation.get("id"), "expectedVersion", 1, "fromStep",
				"WARNING_SIGN", "outputs", outputs(outputsFor("WARNING_SIGN")), "idempotencyKey",
				"advance-" + centre.prefix);
		Map<String, Object> first = ok(mutate(manager, "advanceEscalation", advanceInput));
		Map<String, Object> again = ok(mutate(manager, "advanceEscalation", advanceInput));
		assertThat(again.get("version")).isEqualTo(first.get("version")).isEqualTo(2);
		assertThat(again.get("steps")).asList().hasSize(2);
		advanceInput.put("fromStep", "RETENTION");
		assertThat(refused(mutate(manager, "advanceEscalation", advanceInput))).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void eachRoleListsTheEscalationsItMaySee() {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester otherManager = as(centre.username("lm2"));
		Map<String, Object> own = ok(open(manager, centre.student(0), "RETENTION", "一组的苗头"));
		Map<String, Object> other = ok(open(otherManager, centre.student(1), "RETENTION", "二组的苗头"));
		Map<String, Object> refund = toRefundStep(centre, 0);
		String list = "{ escalations(first: 50) { edges { node { id } } } }";
		assertThat(ids(manager, list)).contains(own.get("id"), refund.get("id")).doesNotContain(other.get("id"));
		assertThat(ids(otherManager, list)).contains(other.get("id")).doesNotContain(own.get("id"));
		assertThat(ids(as(centre.username("supervisor")), list)).contains(own.get("id"), other.get("id"),
				refund.get("id"));
		assertThat(ids(as(centre.username("finance")), list)).containsExactly(refund.get("id"));
		assertThat(ids(as("principal"), list)).doesNotContain(own.get("id"), other.get("id"), refund.get("id"));
		as("analyst").document(list)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		String node = "query($id: ID!) { node(id: $id) { id ... on Escalation { state } } }";
		as(centre.username("finance")).document(node)
			.variable("id", own.get("id"))
			.execute()
			.path("node")
			.valueIsNull();
		as(centre.username("director")).document(node)
			.variable("id", own.get("id"))
			.execute()
			.path("node.state")
			.entity(String.class)
			.isEqualTo("OPEN");
		// The board's filters and paging: two at a time, in one order, nothing twice.
		String filtered = """
				query($after: String) { escalations(first: 2, after: $after, filter: { kinds: [RETENTION], states: [OPEN] }) {
				  edges { node { id currentStep { dueAt } } } pageInfo { hasNextPage endCursor } } }""";
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		var page = supervisor.document(filtered).execute();
		List<String> first = page.path("escalations.edges[*].node.id").entityList(String.class).get();
		String cursor = page.path("escalations.pageInfo.endCursor").entity(String.class).get();
		page.path("escalations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		List<String> second = supervisor.document(filtered)
			.variable("after", cursor)
			.execute()
			.path("escalations.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
		assertThat(second).hasSize(1);
		String byStep = "{ escalations(filter: { stepKeys: [\"REFUND\"] }) { edges { node { id } } } }";
		assertThat(ids(supervisor, byStep)).containsExactly(refund.get("id"));
	}

	/** An escalation of a student taken through the four steps before the refund. */
	private Map<String, Object> toRefundStep(TestCampus centre, int student) {
		boolean firstGroup = centre.students.get(student).classId().equals(centre.classes.get(0).id());
		HttpGraphQlTester manager = as(centre.username(firstGroup ? "lm" : "lm2"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		HttpGraphQlTester director = as(centre.username("director"));
		Map<String, Object> escalation = ok(open(manager, centre.student(student), "RETENTION", "退费前的流程"));
		escalation = ok(advance(manager, escalation, "WARNING_SIGN", outputsFor("WARNING_SIGN")));
		escalation = ok(advance(supervisor, escalation, "RETENTION", outputsFor("RETENTION")));
		escalation = ok(advance(supervisor, escalation, "REPORT", outputsFor("REPORT")));
		return ok(advance(director, escalation, "DIRECTOR_REVIEW", outputsFor("DIRECTOR_REVIEW")));
	}

	private static List<Object> ids(HttpGraphQlTester as, String document) {
		return as.document(document).execute().path("escalations.edges[*].node.id").entityList(Object.class).get();
	}

}
