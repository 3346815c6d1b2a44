package org.jiaxiao.privacy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Export and erasure with the retention period set to zero, so the demo's recent records
 * may go: the export holds everything, erasure removes every identifying word and keeps
 * the entries and counts.
 */
@TestPropertySource(properties = "jiaxiao.privacy.retention=0s")
class ErasureTest extends ApiTest {

	private static final String STUDENT = """
			query($id: ID!) { student(id: $id) { id name contactsThisYear focusCategories
			  household { id address situation { economy } guardians { name phone } }
			  timeline(first: 50) { edges { node { id ... on Contact { summary guardiansMet { name } } } } } } }""";

	@Test
	void theExportHoldsEverythingAndErasureKeepsOnlyAnonymousEntries() {
		var principal = as("principal");
		String studentId = studentsOf(principal, CLASS_2_1).stream()
			.filter((id) -> principal.document("query($id: ID!) { student(id: $id) { contactsThisYear } }")
				.variable("id", id)
				.execute()
				.path("student.contactsThisYear")
				.entity(Integer.class)
				.get() > 0)
			.findFirst()
			.orElseThrow();
		var before = principal.document(STUDENT).variable("id", studentId).execute();
		String householdId = before.path("student.household.id").entity(String.class).get();
		String name = before.path("student.name").entity(String.class).get();
		int contacts = before.path("student.contactsThisYear").entity(Integer.class).get();
		List<String> entries = before.path("student.timeline.edges[*].node.id").entityList(String.class).get();

		String export = principal.document("query($id: ID!) { householdExport(householdId: $id) }")
			.variable("id", householdId)
			.execute()
			.path("householdExport")
			.entity(String.class)
			.get();
		assertThat(export).contains(name, householdId, entries.get(0), "guardians", "timelines", "accessHistory");

		principal.document(
				"mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { household { id } errors { code } } }")
			.variable("input", Map.of("householdId", householdId, "reason", "家长书面申请删除"))
			.execute()
			.path("eraseHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);

		var after = principal.document(STUDENT).variable("id", studentId).execute();
		after.path("student.name").entity(String.class).isEqualTo("（已匿名）");
		after.path("student.contactsThisYear").entity(Integer.class).isEqualTo(contacts);
		after.path("student.timeline.edges[*].node.id").entityList(String.class).isEqualTo(entries);
		after.path("student.timeline.edges[*].node.summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).containsOnly("［已按家长要求删除］"));
		after.path("student.timeline.edges[*].node.guardiansMet[*]").entityList(Object.class).hasSize(0);
		after.path("student.household.address").valueIsNull();
		after.path("student.household.situation").valueIsNull();
		after.path("student.household.guardians[*].phone")
			.entityList(Object.class)
			.satisfies((phones) -> assertThat(phones).containsOnlyNulls());
		after.path("student.household.guardians[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsOnly("（已匿名）"));
	}

}
