package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.task.ComplianceSweep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance sweep flags a step past its deadline once, with one OVERDUE event in the
 * escalation's history, and tells the step's owner role and the next step's in the app —
 * outside the quiet hours, each person once — however often it runs; the flag moves no
 * version, so nobody about to act gets a conflict for it.
 */
class OverdueStepsTest extends EscalationApiTest {

	private static final String NOTICES = """
			{ notifications(first: 50) { edges { node { kind title dueAt obligation { id } escalation { id } } } } }""";

	@Autowired
	private ComplianceSweep sweep;

	@Test
	void anOverdueStepIsFlaggedOnceAndItsOwnersAreToldOnce() {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		HttpGraphQlTester otherManager = as(centre.username("lm2"));
		HttpGraphQlTester supervisor = as(centre.username("supervisor"));
		HttpGraphQlTester director = as(centre.username("director"));

		at(2026, 4, 30, 9, 0);
		Map<String, Object> escalation = ok(open(manager, centre.student(0), "RETENTION", "家长情绪激动，提出退费。"));
		String id = (String) escalation.get("id");
		assertDue(escalation, "WARNING_SIGN", endOf(2026, 5, 3));

		// Mon 4 May, 22:30: past due, in the quiet hours — flagged, nobody woken.
		Instant quiet = at(2026, 5, 4, 22, 30);
		this.sweep.runExclusively(quiet);
		this.sweep.runExclusively(quiet);
		Map<String, Object> flagged = RetentionChainTest.read(manager, id);
		assertThat(overdueEvents(flagged)).hasSize(1);
		assertThat(overdueEvents(flagged).get(0).get("stepKey")).isEqualTo("WARNING_SIGN");
		assertThat(overdueEvents(flagged).get(0).get("by")).isNull();
		assertThat(flagged.get("version")).isEqualTo(1);
		assertThat(currentStep(flagged).get("overdue")).isEqualTo(true);
		assertThat(notices(manager, id)).isEmpty();
		String overdueList = "{ escalations(filter: { overdue: true }) { edges { node { id } } } }";
		assertThat(manager.document(overdueList)
			.execute()
			.path("escalations.edges[*].node.id")
			.entityList(String.class)
			.get()).containsExactly(id);

		// Tue 5 May, 08:00: the learning manager (owner) and the supervisor (next step's
		// owner) are told, each once; the other group's learning manager and the director
		// are not.
		Instant morning = at(2026, 5, 5, 8, 0);
		this.sweep.runExclusively(morning);
		this.sweep.runExclusively(morning);
		this.sweep.runExclusively(morning.plusSeconds(3600));
		List<Map<String, Object>> told = notices(manager, id);
		assertThat(told).hasSize(1);
		assertThat(told.get(0).get("kind")).isEqualTo("OVERDUE");
		assertThat(told.get(0).get("obligation")).isNull();
		assertThat((String) told.get(0).get("title")).contains("苗头处理");
		assertThat(instant(told.get(0).get("dueAt"))).isEqualTo(endOf(2026, 5, 3));
		assertThat(notices(supervisor, id)).hasSize(1);
		assertThat(notices(otherManager, id)).isEmpty();
		assertThat(notices(director, id)).isEmpty();
		assertThat(overdueEvents(RetentionChainTest.read(manager, id))).hasSize(1);

		// Acting on the flagged step is no conflict; the next step starts afresh.
		escalation = ok(advance(manager, flagged, "WARNING_SIGN", outputsFor("WARNING_SIGN")));
		assertThat(escalation.get("version")).isEqualTo(2);
		assertThat(currentStep(escalation).get("overdue")).isEqualTo(false);
		assertThat(manager.document(overdueList)
			.execute()
			.path("escalations.edges[*].node.id")
			.entityList(String.class)
			.get()).doesNotContain(id);
		this.sweep.runExclusively(morning.plusSeconds(7200));
		assertThat(overdueEvents(RetentionChainTest.read(manager, id))).hasSize(1);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> overdueEvents(Map<String, Object> escalation) {
		return ((List<Map<String, Object>>) escalation.get("history")).stream()
			.filter((event) -> "OVERDUE".equals(event.get("type")))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> notices(HttpGraphQlTester as, String escalationId) {
		return ((List<Map<String, Object>>) (List<?>) as.document(NOTICES)
			.execute()
			.path("notifications.edges[*].node")
			.entityList(Map.class)
			.get())
			.stream()
			.filter((notice) -> notice.get("escalation") != null
					&& escalationId.equals(((Map<String, Object>) notice.get("escalation")).get("id")))
			.toList();
	}

}
