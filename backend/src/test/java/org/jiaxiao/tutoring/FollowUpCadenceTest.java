package org.jiaxiao.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.TestCentre;
import org.jiaxiao.support.TestSchool;
import org.jiaxiao.task.ComplianceSweep;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoCalendarData.d;

/**
 * The sweep's tasks for a tutoring student after the first lesson: a follow-up with the
 * family each week for the first two months, then each fortnight, each satisfied by a
 * call or meeting in its window; a growth record each month; a second run creates
 * nothing; the demo centre's recent contracts get their onboarding chain from the
 * catch-up.
 */
class FollowUpCadenceTest extends OnboardingApiTest {

	@Test
	void weeklyFollowUpsForTwoMonthsThenFortnightly() {
		TestCentre centre = centre();
		// Monday 2026-07-06, 18:00: two months of weeks end on 09-06.
		OffsetDateTime firstLesson = LocalDateTime.of(2026, 7, 6, 18, 0).atOffset(ZoneOffset.ofHours(8));
		String contract = contract(as(centre.consultant.username()), centre.student8(0), d(2026, 7, 2), firstLesson);
		List<LocalDate> sweeps = new ArrayList<>();
		for (LocalDate day = d(2026, 7, 6); !day.isAfter(d(2026, 8, 31)); day = day.plusWeeks(1)) {
			sweeps.add(day);
		}
		sweeps.addAll(List.of(d(2026, 9, 7), d(2026, 9, 21), d(2026, 10, 5)));
		for (LocalDate day : sweeps) {
			this.sweep.runExclusively(evening(day));
		}
		HttpGraphQlTester manager = as(centre.manager8.username());
		List<Map<String, Object>> followUps = ofRule(manager, contract, "CADENCE_FOLLOW_UP");
		List<Instant> dues = followUps.stream().map((task) -> instant(task.get("dueAt"))).toList();
		List<Instant> expected = new ArrayList<>();
		for (LocalDate end = d(2026, 7, 12); !end.isAfter(d(2026, 9, 6)); end = end.plusWeeks(1)) {
			expected.add(endOf(end));
		}
		expected.addAll(List.of(endOf(d(2026, 9, 20)), endOf(d(2026, 10, 4)), endOf(d(2026, 10, 18))));
		assertThat(dues).containsExactlyElementsOf(expected);
		assertThat(followUps.get(0).get("title")).isEqualTo("每周回访（7月6日–7月12日）");
		assertThat(followUps.get(9).get("title")).isEqualTo("双周回访（9月7日–9月20日）");
		assertThat(followUps).allSatisfy((task) -> assertThat(task.get("completedByHand")).isEqualTo(false));
		List<Map<String, Object>> growth = ofRule(manager, contract, "GROWTH_RECORD");
		assertThat(growth).extracting((task) -> instant(task.get("dueAt")))
			.containsExactly(endOf(d(2026, 8, 5)), endOf(d(2026, 9, 5)), endOf(d(2026, 10, 5)));
		assertThat(growth).allSatisfy((task) -> assertThat(task.get("completedByHand")).isEqualTo(true));
	}

	@Test
	void aSweepRunTwiceCreatesNothingNew() {
		TestCentre centre = centre();
		OffsetDateTime firstLesson = LocalDateTime.of(2026, 8, 3, 17, 0).atOffset(ZoneOffset.ofHours(8));
		String contract = contract(as(centre.consultant.username()), centre.student9(0), d(2026, 7, 30), firstLesson);
		Instant at = evening(d(2026, 8, 12));
		ComplianceSweep.Result first = this.sweep.runExclusively(at);
		assertThat(first.tutoringTasksCreated()).isGreaterThanOrEqualTo(3);
		ComplianceSweep.Result second = this.sweep.runExclusively(at);
		assertThat(second.tutoringTasksCreated()).isZero();
		assertThat(second.changes()).isZero();
		// Week 1 (ended two days ago), week 2 and the first month.
		assertThat(ofRule(as(centre.manager9.username()), contract, "CADENCE_FOLLOW_UP")).hasSize(2);
		assertThat(ofRule(as(centre.manager9.username()), contract, "GROWTH_RECORD")).hasSize(1);
	}

	@Test
	void aCallInItsWeekSatisfiesTheWeeksFollowUpAndNotAnEarlierWeeks() {
		TestCentre centre = centre();
		String student = centre.student8(1);
		OffsetDateTime firstLesson = OffsetDateTime.now().minusDays(9);
		String contract = contract(as(centre.consultant.username()), student, today().minusDays(12), firstLesson);
		HttpGraphQlTester manager = as(centre.manager8.username());
		// The call comes before the sweep creates the week's task.
		String call = contact(manager, student, "PHONE", OffsetDateTime.now().minusMinutes(30));
		this.sweep.runExclusively(Instant.now());
		List<Map<String, Object>> followUps = ofRule(manager, contract, "CADENCE_FOLLOW_UP");
		assertThat(followUps).hasSize(2);
		assertThat(followUps.get(0).get("state")).isEqualTo("OVERDUE");
		assertThat(followUps.get(1).get("state")).isEqualTo("DONE");
		assertThat(((Map<?, ?>) followUps.get(1).get("satisfiedBy")).get("id")).isEqualTo(call);
	}

	@Test
	void twoFollowUpsAFortnightNeedTwoContactsAlsoWhenTheSweepReadsTheFirstAgain() {
		TestCentre centre = centre();
		// From today the centre asks two follow-ups a fortnight from the first lesson on.
		Map<String, Object> onboarding = new HashMap<>(Map.ofEntries(Map.entry("fileWithinWorkingDays", 2),
				Map.entry("callWithinDaysOfFile", 1), Map.entry("consultantWithinHours", 24),
				Map.entry("notifyHoursBeforeFirstLesson", 24), Map.entry("followUpCallOnFirstLessonDay", true),
				Map.entry("learningPlanAfterWeeks", 3), Map.entry("tutoringPlanInWeek", 4),
				Map.entry("tutoringPlanAfterLessons", 20), Map.entry("weeklyFollowUpsForMonths", 0),
				Map.entry("followUpsPerFortnightMin", 2), Map.entry("followUpsPerFortnightMax", 2),
				Map.entry("scoresWithinDays", 7), Map.entry("growthRecordsPerMonth", 0)));
		as(centre.admin.username()).document(
				"""
						mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { version } errors { code field } } }""")
			.variable("input",
					Map.of("preset", "TUTORING", "note", "两周两次回访，不做成长记录", "rules",
							Map.of("homeVisitForms", List.of("HOME_VISIT"), "onboarding", onboarding)))
			.execute()
			.path("updatePolicy.policy.version")
			.entity(Integer.class)
			.isEqualTo(2);
		String student = centre.student9(1);
		String contract = contract(as(centre.consultant.username()), student, today().minusDays(5),
				OffsetDateTime.now().minusDays(3));
		this.sweep.runExclusively(Instant.now());
		HttpGraphQlTester manager = as(centre.manager9.username());
		assertThat(ofRule(manager, contract, "CADENCE_FOLLOW_UP")).extracting((task) -> task.get("state"))
			.containsExactly("OPEN", "OPEN");
		assertThat(ofRule(manager, contract, "GROWTH_RECORD")).isEmpty();

		contact(manager, student, "PHONE", OffsetDateTime.now().minusMinutes(40));
		this.sweep.runExclusively(Instant.now());
		assertThat(ofRule(manager, contract, "CADENCE_FOLLOW_UP")).extracting((task) -> task.get("state"))
			.containsExactlyInAnyOrder("DONE", "OPEN");
		contact(manager, student, "VIDEO_CALL", OffsetDateTime.now().minusMinutes(10));
		assertThat(ofRule(manager, contract, "CADENCE_FOLLOW_UP")).extracting((task) -> task.get("state"))
			.containsExactly("DONE", "DONE");
	}

	@Test
	void theDemoCentresRecentContractsGetTheirChainFromTheCatchUpOnce() {
		this.sweep.runExclusively(Instant.now());
		HttpGraphQlTester manager = as("learning-manager");
		// Every seventh family signed this week: ctr_t007 and ctr_t014 are this group's.
		for (String contract : List.of("ctr_t007", "ctr_t014")) {
			assertThat(tasks(manager, contract)).extracting((task) -> task.get("rule"))
				.contains("ONBOARDING_FILE", "ONBOARDING_PARENT_CALL", "ONBOARDING_CONSULTANT_TALK",
						"FIRST_LESSON_NOTICE", "LEARNING_PLAN", "TUTORING_PLAN");
		}
		int before = tasks(manager, "ctr_t007").size();
		assertThat(this.sweep.runExclusively(Instant.now()).caughtUp()).isZero();
		assertThat(tasks(manager, "ctr_t007")).hasSize(before);
	}

	private List<Map<String, Object>> ofRule(HttpGraphQlTester tester, String contract, String rule) {
		return tasks(tester, contract).stream()
			.filter((task) -> rule.equals(task.get("rule")))
			.sorted(Comparator.comparing((Map<String, Object> task) -> instant(task.get("dueAt"))))
			.toList();
	}

	/** 20:00 on a day in the centre's zone, after the day's lessons. */
	private static Instant evening(LocalDate day) {
		return day.atTime(20, 0).atZone(TestSchool.SHANGHAI).toInstant();
	}

}
