package org.jiaxiao.escalation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The churn report over the retention escalations opened in a period: per campus and per
 * learning manager, families kept and lost and the count of each loss reason; only the
 * supervisor, the campus director and the president read it.
 */
class ChurnReportTest extends EscalationApiTest {

	private static final String REPORT = """
			query($period: DateRangeInput!, $groupBy: ChurnGroupBy!) { churnReport(period: $period, groupBy: $groupBy) {
			  period { start end }
			  groups { school { id } learningManager { id } escalations familiesKept familiesLost reasons { reason count } }
			  totals { reason count } } }""";

	@Test
	void reasonsKeptAndLostPerCampusAndPerLearningManager() {
		TestCampus centre = centre(3);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester otherManager = as(centre.username("lm2"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		HttpGraphQlTester director = as(centre.username("director"));
		HttpGraphQlTester finance = as(centre.username("finance"));
		HttpGraphQlTester president = as(centre.username("president"));
		HttpGraphQlTester[] readers = { supervisor, director, president };
		HttpGraphQlTester[] others = { manager, as(centre.username("consultant")), finance, as("principal") };

		// Opened before the period: not counted.
		at(2026, 3, 31, 10, 0);
		ok(open(manager, centre.student(0), "RETENTION", "三月的苗头"));
		// In April: group 1 keeps one family at the warning sign and loses one by refund;
		// group 2 keeps one at retention and has one still open.
		at(2026, 4, 7, 10, 0);
		Map<String, Object> kept = ok(open(manager, centre.student(0), "RETENTION", "家长抱怨回访少"));
		kept = ok(on(manager, "tagLossReasons", kept, "reasons", List.of("NO_REGULAR_FOLLOW_UP")));
		ok(on(manager, "resolveEscalation", kept, "outcome", "家长同意继续上课。"));

		Map<String, Object> lost = ok(open(manager, centre.student(1), "RETENTION", "家长要求退费"));
		lost = ok(advance(manager, lost, "WARNING_SIGN", outputsFor("WARNING_SIGN"), "SLOW_RESPONSE",
				"NO_REGULAR_FOLLOW_UP"));
		lost = ok(advance(supervisor, lost, "RETENTION", outputsFor("RETENTION"), "SERVICE_ATTITUDE"));
		lost = ok(advance(supervisor, lost, "REPORT", outputsFor("REPORT")));
		lost = ok(advance(director, lost, "DIRECTOR_REVIEW", outputsFor("DIRECTOR_REVIEW")));
		lost = ok(on(manager, "applyForRefund", lost, "contractId", centre.contractOf(1), "applicantName", "家长",
				"appliedOn", "2026-04-07", "reason", "不满意"));
		lost = ok(on(finance, "reviewRefund", lost, "approved", true));
		assertThat(ok(on(president, "approveRefund", lost, "approved", true)).get("state")).isEqualTo("REFUNDED");

		at(2026, 4, 20, 10, 0);
		Map<String, Object> keptToo = ok(open(otherManager, centre.student(3), "RETENTION", "换老师未告知"));
		keptToo = ok(advance(otherManager, keptToo, "WARNING_SIGN", outputsFor("WARNING_SIGN"),
				"CHANGES_NOT_COMMUNICATED", "SLOW_RESPONSE"));
		ok(on(supervisor, "resolveEscalation", keptToo, "outcome", "调回原来的老师，家长满意。"));
		ok(open(otherManager, centre.student(4), "RETENTION", "仍在处理"));
		// Opened after the period: not counted.
		at(2026, 5, 2, 10, 0);
		ok(open(otherManager, centre.student(5), "RETENTION", "五月的苗头"));

		Map<String, Object> april = Map.of("start", "2026-04-01", "end", "2026-04-30");
		for (HttpGraphQlTester reader : readers) {
			var campus = report(reader, april, "CAMPUS");
			campus.path("churnReport.period.start").entity(String.class).isEqualTo("2026-04-01");
			campus.path("churnReport.groups").entityList(Object.class).hasSize(1);
			campus.path("churnReport.groups[0].school.id").entity(String.class).isEqualTo(centre.id);
			campus.path("churnReport.groups[0].escalations").entity(Integer.class).isEqualTo(4);
			campus.path("churnReport.groups[0].familiesKept").entity(Integer.class).isEqualTo(2);
			campus.path("churnReport.groups[0].familiesLost").entity(Integer.class).isEqualTo(1);
			// Most frequent first; a tie in the order of the reasons.
			assertThat(counts(campus, "churnReport.totals")).containsExactly(Map.entry("NO_REGULAR_FOLLOW_UP", 2),
					Map.entry("SLOW_RESPONSE", 2), Map.entry("SERVICE_ATTITUDE", 1),
					Map.entry("CHANGES_NOT_COMMUNICATED", 1));
		}

		var perManager = report(supervisor, april, "LEARNING_MANAGER");
		assertThat(perManager.path("churnReport.groups[*].learningManager.id").entityList(String.class).get())
			.containsExactlyInAnyOrder(centre.staff("lm").id(), centre.staff("lm2").id());
		String first = "churnReport.groups[?(@.learningManager.id == '" + centre.staff("lm").id() + "')]";
		String second = "churnReport.groups[?(@.learningManager.id == '" + centre.staff("lm2").id() + "')]";
		perManager.path(first + ".escalations").entityList(Integer.class).containsExactly(2);
		perManager.path(first + ".familiesKept").entityList(Integer.class).containsExactly(1);
		perManager.path(first + ".familiesLost").entityList(Integer.class).containsExactly(1);
		perManager.path(second + ".escalations").entityList(Integer.class).containsExactly(2);
		perManager.path(second + ".familiesKept").entityList(Integer.class).containsExactly(1);
		perManager.path(second + ".familiesLost").entityList(Integer.class).containsExactly(0);
		perManager.path(first + ".reasons[*].reason")
			.entityList(String.class)
			.containsExactly("NO_REGULAR_FOLLOW_UP", "SERVICE_ATTITUDE", "SLOW_RESPONSE");
		perManager.path(second + ".reasons[*].reason")
			.entityList(String.class)
			.containsExactly("SLOW_RESPONSE", "CHANGES_NOT_COMMUNICATED");

		for (HttpGraphQlTester other : others) {
			report(other, april, "CAMPUS").errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
		report(supervisor, Map.of("start", "2026-04-30", "end", "2026-04-01"), "CAMPUS").errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	private static GraphQlTester.Response report(HttpGraphQlTester as, Map<String, Object> period, String groupBy) {
		return as.document(REPORT).variable("period", period).variable("groupBy", groupBy).execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map.Entry<String, Integer>> counts(GraphQlTester.Response response, String path) {
		return response.path(path)
			.entityList(Map.class)
			.get()
			.stream()
			.map((row) -> Map.entry((String) row.get("reason"), (Integer) row.get("count")))
			.toList();
	}

}
