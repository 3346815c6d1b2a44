package org.jiaxiao.escalation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing a family's records erases the words of their children's escalations and of the
 * steps on the timeline; the escalations, their steps and their dates stay.
 */
@TestPropertySource(properties = "jiaxiao.privacy.retention=0s")
class EscalationErasureTest extends EscalationApiTest {

	private static final String TIMELINE = """
			query($id: ID!) { student(id: $id) { timeline(filter: { types: [ESCALATION] }) {
			  edges { node { ... on EscalationUpdate { event note } } } } } }""";

	@Test
	void theWordsGoTheStepsStay() {
		TestCampus school = school(1);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		HttpGraphQlTester deyu = as(school.username("deyu"));
		HttpGraphQlTester principal = as(school.username("principal"));
		Map<String, Object> referral = ok(open(homeroom, school.student(0), "SCHOOL_REFERRAL", "王小明的父亲酗酒。"));
		referral = ok(on(deyu, "recordEscalationAction", referral, "text", "约谈王小明的母亲。"));
		referral = ok(advance(deyu, referral, "MORAL_EDUCATION", Map.of("actionsTaken", "联系了社区。")));
		referral = ok(on(principal, "resolveEscalation", referral, "outcome", "王小明转由社区跟进。"));

		principal.document("""
				mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { errors { code } } }""")
			.variable("input", Map.of("householdId", school.students.get(0).householdId(), "reason", "家长书面申请删除"))
			.execute()
			.path("eraseHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);

		Map<String, Object> erased = RetentionChainTest.read(principal, (String) referral.get("id"));
		assertThat(erased.get("matter")).isEqualTo(EscalationErasure.ERASED);
		assertThat(erased.get("outcome")).isEqualTo(EscalationErasure.ERASED);
		assertThat(erased.get("state")).isEqualTo("RESOLVED");
		assertThat(erased.get("steps")).asList().hasSize(2);
		assertThat(erased.toString()).doesNotContain("王小明", "社区", "母亲");
		var timeline = homeroom.document(TIMELINE).variable("id", school.student(0)).execute();
		timeline.path("student.timeline.edges[*].node.event")
			.entityList(String.class)
			.containsExactly("RESOLVED", "ADVANCED", "OPENED");
		assertThat(timeline.path("student.timeline.edges[*].node.note").entityList(String.class).get())
			.containsOnly(EscalationErasure.ERASED);
		assertThat(erased.get("version")).isEqualTo(((Integer) referral.get("version")) + 1);
	}

}
