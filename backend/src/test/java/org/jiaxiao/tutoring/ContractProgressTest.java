package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.TestCentre;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning manager's progress on a contract: scheduling the first lesson starts the
 * tasks counted from it, moving it moves them, and 20 lessons given before week 4 bring
 * the tutoring plan forward; a stale version is a conflict.
 */
class ContractProgressTest extends OnboardingApiTest {

	@Test
	void twentyLessonsBeforeWeekFourBringTheTutoringPlanForward() {
		TestCentre centre = centre();
		OffsetDateTime firstLesson = OffsetDateTime.now().minusDays(9);
		String contract = contract(as(centre.consultant.username()), centre.student8(0), today().minusDays(12),
				firstLesson);
		HttpGraphQlTester manager = as(centre.manager8.username());
		assertThat(instant(task(manager, contract, "TUTORING_PLAN").get("dueAt")))
			.isEqualTo(endOf(dayOf(firstLesson).plusDays(27)));

		var nineteen = progress(manager, contract, 0, null, 19);
		nineteen.path("updateContractProgress.contract.version").entity(Integer.class).isEqualTo(1);
		assertThat(instant(task(manager, contract, "TUTORING_PLAN").get("dueAt")))
			.isEqualTo(endOf(dayOf(firstLesson).plusDays(27)));
		var twenty = progress(manager, contract, 1, null, 20);
		twenty.path("updateContractProgress.errors").entityList(Object.class).hasSize(0);
		twenty.path("updateContractProgress.contract.lessonsGiven").entity(Integer.class).isEqualTo(20);
		assertThat(instant(task(manager, contract, "TUTORING_PLAN").get("dueAt"))).isEqualTo(endOf(today()));
		// The sweep's catch-up leaves it forward.
		this.sweep.runExclusively(Instant.now());
		assertThat(instant(task(manager, contract, "TUTORING_PLAN").get("dueAt"))).isEqualTo(endOf(today()));

		progress(manager, contract, 1, null, 21).path("updateContractProgress.errors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		progress(manager, contract, 2, null, 49).path("updateContractProgress.errors[0].code")
			.entity(String.class)
			.isEqualTo("OUT_OF_RANGE");
	}

	@Test
	void schedulingTheFirstLessonStartsTheTasksCountedFromItAndMovingItMovesThem() {
		TestCentre centre = centre();
		String contract = contract(as(centre.consultant.username()), centre.student9(0), today(), null);
		HttpGraphQlTester manager = as(centre.manager9.username());
		assertThat(tasks(manager, contract)).hasSize(3);

		OffsetDateTime lesson = OffsetDateTime.now().plusDays(5).withNano(0);
		progress(manager, contract, 0, lesson, null).path("updateContractProgress.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(tasks(manager, contract)).hasSize(7);
		assertThat(instant(task(manager, contract, "FIRST_LESSON_NOTICE").get("dueAt")))
			.isEqualTo(lesson.minusHours(24).toInstant());
		assertThat(task(manager, contract, "FIRST_LESSON_NOTICE").get("state")).isEqualTo("OPEN");

		OffsetDateTime moved = lesson.plusDays(2);
		progress(manager, contract, 1, moved, null).path("updateContractProgress.contract.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(tasks(manager, contract)).hasSize(7);
		assertThat(instant(task(manager, contract, "FIRST_LESSON_NOTICE").get("dueAt")))
			.isEqualTo(moved.minusHours(24).toInstant());
		assertThat(instant(task(manager, contract, "LEARNING_PLAN").get("dueAt")))
			.isEqualTo(endOf(dayOf(moved).plusWeeks(3)));
		// A notice now, before the lesson, satisfies the notice.
		contact(manager, centre.student9(0), "ONLINE_MESSAGE", OffsetDateTime.now().minusMinutes(2));
		assertThat(task(manager, contract, "FIRST_LESSON_NOTICE").get("state")).isEqualTo("DONE");
	}

	@Test
	void onlyTheContractsLearningManagerOrTheCampusLeadsRecordProgress() {
		TestCentre centre = centre();
		String contract = contract(as(centre.consultant.username()), centre.student8(1), today(), null);
		for (HttpGraphQlTester refused : List.of(as(centre.consultant.username()), as(centre.finance.username()),
				as("analyst"))) {
			progress(refused, contract, 0, null, 1).errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
		progress(as(centre.manager9.username()), contract, 0, null, 1).path("updateContractProgress.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		progress(as(centre.supervisor.username()), contract, 0, null, 1)
			.path("updateContractProgress.contract.lessonsGiven")
			.entity(Integer.class)
			.isEqualTo(1);
		progress(as(centre.manager8.username()), contract, 1, null, 2)
			.path("updateContractProgress.contract.lessonsGiven")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	private GraphQlTester.Response progress(HttpGraphQlTester tester, String contractId, int version,
			OffsetDateTime firstLessonAt, Integer lessonsGiven) {
		Map<String, Object> input = new HashMap<>();
		input.put("contractId", contractId);
		input.put("expectedVersion", version);
		if (firstLessonAt != null) {
			input.put("firstLessonAt", firstLessonAt.toString());
		}
		if (lessonsGiven != null) {
			input.put("lessonsGiven", lessonsGiven);
		}
		return tester.documentName("onboarding/updateContractProgress").variable("input", input).execute();
	}

}
