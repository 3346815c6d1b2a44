package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.TestCentre;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoCalendarData.d;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The tutoring preset's onboarding chain (学管师接档流程, seed 001) through the API: a contract
 * recorded by the consultant gives the learning manager the file within 2 working days on
 * the school calendar, the call within a day of the file, the talk with the consultant
 * within 24 hours, the notice 24 hours before the first lesson, the call on its day, the
 * learning-management plan at 3 weeks and the tutoring plan in week 4 or after 20
 * lessons; calls and notices are satisfied by contacts, the paperwork is marked done with
 * a note.
 */
class OnboardingChainTest extends OnboardingApiTest {

	@ParameterizedTest(name = "a contract signed on {0} gets its file due at the end of {1}")
	@CsvSource({ "2026-09-30, 2026-10-09, Wednesday before National Day: 10-08 and 10-09 are the two working days",
			"2026-09-29, 2026-10-08, Tuesday: 09-30 and then 10-08 after the National Day holiday",
			"2026-09-25, 2026-09-29, the Mid-Autumn holiday Friday: Monday 09-28 and Tuesday 09-29",
			"2026-10-09, 2026-10-12, Friday after National Day: the make-up Saturday 10-10 counts, Sunday does not" })
	void theFileIsDueTwoWorkingDaysAfterTheContractOnTheSchoolCalendar(LocalDate signedOn, LocalDate due, String why) {
		TestCentre centre = centre();
		String contract = contract(as(centre.consultant.username()), centre.student8(0), signedOn, null);
		Map<String, Object> file = task(as(centre.manager8.username()), contract, "ONBOARDING_FILE");
		assertThat(instant(file.get("dueAt"))).as(why).isEqualTo(endOf(due));
	}

	@Test
	void aContractSignedOnWednesday20260930WithItsFirstLessonOnTheMakeUpSaturdayGetsTheWholeChain() {
		TestCentre centre = centre();
		OffsetDateTime firstLesson = LocalDateTime.of(2026, 10, 10, 18, 30).atOffset(ZoneOffset.ofHours(8));
		String contract = contract(as(centre.consultant.username()), centre.student8(1), d(2026, 9, 30), firstLesson);
		HttpGraphQlTester manager = as(centre.manager8.username());
		List<Map<String, Object>> tasks = tasks(manager, contract);
		assertThat(tasks).extracting((task) -> task.get("rule"))
			.containsExactlyInAnyOrder("ONBOARDING_FILE", "ONBOARDING_PARENT_CALL", "ONBOARDING_CONSULTANT_TALK",
					"FIRST_LESSON_NOTICE", "FIRST_LESSON_CALL", "LEARNING_PLAN", "TUTORING_PLAN");
		assertThat(tasks).allSatisfy((task) -> {
			assertThat(((Map<?, ?>) task.get("owner")).get("id")).isEqualTo(centre.manager8.id());
			assertThat(((Map<?, ?>) task.get("class")).get("id")).isEqualTo(centre.group8.id());
			assertThat(((Map<?, ?>) task.get("trigger")).get("kind")).isEqualTo("CONTRACT");
			assertThat(task.get("state")).isEqualTo("OVERDUE");
		});
		// The file on Friday 10-09; the call and the consultant a day (24 h) later.
		assertThat(due(manager, contract, "ONBOARDING_FILE")).isEqualTo(endOf(d(2026, 10, 9)));
		assertThat(due(manager, contract, "ONBOARDING_PARENT_CALL")).isEqualTo(endOf(d(2026, 10, 10)));
		assertThat(due(manager, contract, "ONBOARDING_CONSULTANT_TALK")).isEqualTo(endOf(d(2026, 10, 10)));
		// The parents told 24 h before 18:30 on 10-10; the call that evening.
		assertThat(due(manager, contract, "FIRST_LESSON_NOTICE")).isEqualTo(firstLesson.minusHours(24).toInstant());
		assertThat(due(manager, contract, "FIRST_LESSON_CALL")).isEqualTo(endOf(d(2026, 10, 10)));
		// Three weeks after the first lesson; the last day of its fourth week.
		assertThat(due(manager, contract, "LEARNING_PLAN")).isEqualTo(endOf(d(2026, 10, 31)));
		assertThat(due(manager, contract, "TUTORING_PLAN")).isEqualTo(endOf(d(2026, 11, 6)));
		assertThat(tasks).filteredOn((task) -> Boolean.TRUE.equals(task.get("completedByHand")))
			.extracting((task) -> task.get("rule"))
			.containsExactlyInAnyOrder("ONBOARDING_FILE", "ONBOARDING_CONSULTANT_TALK", "LEARNING_PLAN",
					"TUTORING_PLAN");
	}

	@Test
	void aPhoneCallAfterTheFileSatisfiesTheCallTaskAndTheFileIsMarkedDoneByHand() {
		TestCentre centre = centre();
		String student = centre.student8(2);
		String contract = contract(as(centre.consultant.username()), student, today().minusDays(1), null);
		HttpGraphQlTester manager = as(centre.manager8.username());
		assertThat(tasks(manager, contract)).extracting((task) -> task.get("rule"))
			.containsExactlyInAnyOrder("ONBOARDING_FILE", "ONBOARDING_PARENT_CALL", "ONBOARDING_CONSULTANT_TALK");

		String file = (String) task(manager, contract, "ONBOARDING_FILE").get("id");
		complete(manager, file, "  ").path("completeObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		var done = complete(manager, file, "已接收学生资料、签约合同和咨询报告");
		done.path("completeObligation.errors").entityList(Object.class).hasSize(0);
		done.path("completeObligation.obligation.state").entity(String.class).isEqualTo("DONE");
		done.path("completeObligation.obligation.doneOnTime").entity(Boolean.class).isEqualTo(true);
		done.path("completeObligation.obligation.completion.by.id")
			.entity(String.class)
			.isEqualTo(centre.manager8.id());
		done.path("completeObligation.obligation.completion.note").entity(String.class).isEqualTo("已接收学生资料、签约合同和咨询报告");
		complete(manager, file, "再来一次").path("completeObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("OBLIGATION_CLOSED");
		// The call now counts from the file received today: by the end of tomorrow.
		Map<String, Object> call = task(manager, contract, "ONBOARDING_PARENT_CALL");
		assertThat(instant(call.get("dueAt"))).isEqualTo(endOf(today().plusDays(1)));
		complete(manager, (String) call.get("id"), "已打电话").path("completeObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_ALLOWED");

		// A message is no call; a phone call is.
		contact(manager, student, "ONLINE_MESSAGE", OffsetDateTime.now().minusMinutes(20));
		assertThat(task(manager, contract, "ONBOARDING_PARENT_CALL").get("state")).isEqualTo("OPEN");
		String phone = contact(manager, student, "PHONE", OffsetDateTime.now().minusMinutes(5));
		Map<String, Object> called = task(manager, contract, "ONBOARDING_PARENT_CALL");
		assertThat(called.get("state")).isEqualTo("DONE");
		assertThat(((Map<?, ?>) called.get("satisfiedBy")).get("id")).isEqualTo(phone);
		assertThat(called.get("doneOnTime")).isEqualTo(true);
		// Talking to the consultant is no contact with the family.
		assertThat(task(manager, contract, "ONBOARDING_CONSULTANT_TALK").get("state")).isEqualTo("OPEN");
		this.audit.flush();
		assertThat(this.mongo.exists(query(where("schoolId").is(centre.id).and("operation").is("completeObligation")),
				"audit_events"))
			.isTrue();
	}

	private Instant due(HttpGraphQlTester tester, String contract, String rule) {
		return instant(task(tester, contract, rule).get("dueAt"));
	}

}
