package org.jiaxiao.tutoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo tutoring centre through the API: a learning manager sees the group they manage
 * and its contracts, the campus's leaders see both groups, finance sees no family, and
 * nobody crosses between the centre and the demo school.
 */
class TutoringCentreAccessTest extends ApiTest {

	private static final String GROUPS = """
			{ viewer { roles school { name } classes { id name students(first: 50) { edges { node {
			  id contracts { id signedOn lessonsBought state subjects consultant { id }
			  learningManager { id } student { id } } } } } } } }
			""";

	@ParameterizedTest
	@CsvSource({ "learning-manager, cls_t8_1", "learning-manager-2, cls_t9_1", "consultant, cls_t8_1;cls_t9_1",
			"supervisor, cls_t8_1;cls_t9_1", "director, cls_t8_1;cls_t9_1", "president, cls_t8_1;cls_t9_1",
			"finance, ''" })
	void eachRoleSeesItsGroups(String username, String groups) {
		var viewer = as(username).document(GROUPS).execute();
		viewer.path("viewer.school.name").entity(String.class).isEqualTo("启航教育·海淀校区");
		List<String> expected = groups.isEmpty() ? List.of() : List.of(groups.split(";"));
		viewer.path("viewer.classes[*].id").entityList(String.class).containsExactly(expected.toArray(String[]::new));
	}

	@Test
	void everyStudentHasAContractWithItsLearningManager() {
		var classes = as("learning-manager").document(GROUPS)
			.execute()
			.path("viewer.classes[0].students.edges[*].node")
			.entityList(Map.class)
			.get();
		assertThat(classes).hasSizeGreaterThan(10).allSatisfy((student) -> {
			List<?> contracts = (List<?>) student.get("contracts");
			assertThat(contracts).hasSize(1);
			Map<?, ?> contract = (Map<?, ?>) contracts.get(0);
			assertThat(contract.get("state")).isEqualTo("ACTIVE");
			assertThat(((Map<?, ?>) contract.get("learningManager")).get("id")).isEqualTo("stf_learning-manager");
			assertThat(((Map<?, ?>) contract.get("consultant")).get("id")).isEqualTo("stf_consultant");
			assertThat(((Map<?, ?>) contract.get("student")).get("id")).isEqualTo(student.get("id"));
		});
	}

	@Test
	void contractsAreReachableByNodeOnlyInScope() {
		String contractId = as("learning-manager").document(GROUPS)
			.execute()
			.path("viewer.classes[0].students.edges[0].node.contracts[0].id")
			.entity(String.class)
			.get();
		String node = "query($id: ID!) { node(id: $id) { id ... on TutoringContract { lessonsBought } } }";
		as("supervisor").document(node)
			.variable("id", contractId)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(contractId);
		for (String outsider : List.of("learning-manager-2", "finance", "principal", "homeroom", "analyst")) {
			as(outsider).document(node).variable("id", contractId).execute().path("node").valueIsNull();
		}
	}

	@Test
	void theCentreAndTheSchoolNeverSeeEachOther() {
		String schoolStudent = "query { student(id: \"stu_20260101\") { id } }";
		as("president").document(schoolStudent).execute().path("student").valueIsNull();
		as("principal").document("{ class(id: \"cls_t8_1\") { id } }").execute().path("class").valueIsNull();
	}

}
