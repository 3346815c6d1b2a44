package org.jiaxiao.tutoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.DemoSchoolFacts;
import org.jiaxiao.support.TestCentre;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Who records a contract and who sees and completes its tasks: the consultant, the
 * supervisor and the director record one for a student of their campus; its tasks are the
 * learning manager's, seen by the campus's leads and not by the learning manager of
 * another group; finance and analysts are refused; bad input is named in the payload.
 */
class ContractAccessTest extends OnboardingApiTest {

	private static final String OVERSEEN = """
			query($filter: ObligationsFilter) { obligations(filter: $filter, first: 100) {
			  totalCount edges { node { id rule trigger { contractId } } } } }""";

	@Test
	void aConsultantMayRecordAContractALearningManagerOfAnotherGroupMayNotSeeItsTasks() {
		TestCentre centre = centre();
		var recorded = record(as(centre.consultant.username()), contractInput(centre.student8(0), today()));
		recorded.path("recordContract.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordContract.contract.consultant.id").entity(String.class).isEqualTo(centre.consultant.id());
		recorded.path("recordContract.contract.learningManager.id")
			.entity(String.class)
			.isEqualTo(centre.manager8.id());
		recorded.path("recordContract.contract.state").entity(String.class).isEqualTo("ACTIVE");
		recorded.path("recordContract.contract.version").entity(Integer.class).isEqualTo(0);
		String contract = recorded.path("recordContract.contract.id").entity(String.class).get();

		String file = (String) task(as(centre.manager8.username()), contract, "ONBOARDING_FILE").get("id");
		HttpGraphQlTester otherManager = as(centre.manager9.username());
		assertThat(tasks(otherManager, contract)).isEmpty();
		otherManager.document(OVERSEEN)
			.variable("filter", Map.of("classId", centre.group8.id()))
			.execute()
			.path("obligations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		complete(otherManager, file, "不是我的学生").path("completeObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		// The consultant signed it but oversees no group's tasks.
		as(centre.consultant.username()).document(OVERSEEN)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		complete(as(centre.consultant.username()), file, "已交接").path("completeObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		for (String lead : List.of(centre.supervisor.username(), centre.director.username())) {
			as(lead).document(OVERSEEN)
				.variable("filter", Map.of("classId", centre.group8.id()))
				.execute()
				.path("obligations.edges[*].node.trigger.contractId")
				.entityList(String.class)
				.satisfies((ids) -> assertThat(ids).hasSize(3).containsOnly(contract));
		}
		// The supervisor may mark the file received for the learning manager.
		complete(as(centre.supervisor.username()), file, "主管代为确认已接档")
			.path("completeObligation.obligation.completion.by.id")
			.entity(String.class)
			.isEqualTo(centre.supervisor.id());
	}

	@Test
	void thoseWhoRecordContractsChooseFromTheCampussConsultantsAndLearningManagers() {
		TestCentre centre = centre();
		String staff = "{ contractStaff { consultants { id } learningManagers { id } } }";
		for (String signer : List.of(centre.consultant.username(), centre.supervisor.username())) {
			var chosen = as(signer).document(staff).execute();
			chosen.path("contractStaff.consultants[*].id")
				.entityList(String.class)
				.containsExactly(centre.consultant.id());
			chosen.path("contractStaff.learningManagers[*].id")
				.entityList(String.class)
				.containsExactly(centre.manager8.id(), centre.manager9.id());
		}
		for (String refused : List.of(centre.manager8.username(), centre.finance.username(), "analyst")) {
			as(refused).document(staff)
				.execute()
				.errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
	}

	@Test
	void supervisorsAndDirectorsRecordContractsNamingTheConsultant() {
		TestCentre centre = centre();
		Map<String, Object> input = contractInput(centre.student9(1), today());
		record(as(centre.supervisor.username()), input).path("recordContract.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		input.put("consultantId", centre.consultant.id());
		record(as(centre.director.username()), input).path("recordContract.contract.learningManager.id")
			.entity(String.class)
			.isEqualTo(centre.manager9.id());
	}

	@Test
	void financeAnalystsLearningManagersAndSchoolStaffMayNotRecordContracts() {
		TestCentre centre = centre();
		Map<String, Object> input = contractInput(centre.student8(1), today());
		for (String refused : List.of(centre.finance.username(), "analyst", centre.manager8.username(), "principal",
				"homeroom")) {
			record(as(refused), input).errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
		for (String refused : List.of(centre.finance.username(), "analyst")) {
			complete(as(refused), "obl_anything", "x").errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
		// A consultant of the demo centre does not see this centre's students.
		record(as("consultant"), input).path("recordContract.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void badInputIsNamedInThePayload() {
		TestCentre centre = centre();
		HttpGraphQlTester consultant = as(centre.consultant.username());
		Map<String, Object> future = contractInput(centre.student8(2), today().plusDays(1));
		future.put("subjects", List.of());
		future.put("lessonsBought", 0);
		var refused = record(consultant, future);
		refused.path("recordContract.contract").valueIsNull();
		refused.path("recordContract.errors[*].code")
			.entityList(String.class)
			.satisfies(
					(codes) -> assertThat(codes).containsExactlyInAnyOrder("IN_THE_FUTURE", "EMPTY", "OUT_OF_RANGE"));

		Map<String, Object> early = contractInput(centre.student8(2), today());
		early.put("firstLessonAt", OffsetDateTime.now().minusDays(2).toString());
		record(consultant, early).path("recordContract.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "firstLessonAt");

		Map<String, Object> wrongManager = contractInput(centre.student8(2), today());
		wrongManager.put("learningManagerId", centre.manager9.id());
		record(consultant, wrongManager).path("recordContract.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_ALLOWED");
		Map<String, Object> notAConsultant = contractInput(centre.student8(2), today());
		notAConsultant.put("consultantId", centre.manager8.id());
		record(consultant, notAConsultant).path("recordContract.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "consultantId");

		String schoolStudent = DemoSchoolFacts.studentsOf(as("principal"), DemoSchoolFacts.CLASS_1_1).get(0);
		record(consultant, contractInput(schoolStudent, today())).path("recordContract.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void recordingTwiceWithOneKeyStoresOneContractAndOneChainAndIsAudited() {
		TestCentre centre = centre();
		HttpGraphQlTester consultant = as(centre.consultant.username());
		Map<String, Object> input = contractInput(centre.student9(2), today());
		input.put("idempotencyKey", "contract-" + centre.id);
		String first = record(consultant, input).path("recordContract.contract.id").entity(String.class).get();
		String again = record(consultant, input).path("recordContract.contract.id").entity(String.class).get();
		assertThat(again).isEqualTo(first);
		assertThat(this.mongo.count(query(where("studentId").is(centre.student9(2))), "contracts")).isEqualTo(1);
		assertThat(tasks(as(centre.manager9.username()), first)).hasSize(3);
		input.put("lessonsBought", 96);
		record(consultant, input).path("recordContract.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		this.audit.flush();
		assertThat(this.mongo.exists(query(where("schoolId").is(centre.id).and("operation").is("recordContract")),
				"audit_events"))
			.isTrue();
	}

}
