package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.task.ComplianceSweep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matter noticed before it is entered: {@code openEscalation} takes when it was
 * noticed, runs the first step's deadline from then on the school calendar, and refuses a
 * time in the future or further back than the chain's backdating limit.
 */
class BackdatedEscalationTest extends EscalationApiTest {

	@Autowired
	private ComplianceSweep sweep;

	@Test
	void aWarningSignNoticedOnThursdayAndEnteredOnMondayIsDueFromThursday() {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		Instant thursday = local(2026, 3, 12, 15, 0);
		Instant monday = at(2026, 3, 16, 9, 0);
		Map<String, Object> late = ok(mutate(manager, "openEscalation", input("studentId", centre.student(0), "kind",
				"RETENTION", "matter", "周四课后家长表示想退费。", "noticedAt", thursday.toString())));
		// Three calendar days from Thursday: the end of Sunday, already past on Monday.
		assertDue(late, "WARNING_SIGN", endOf(2026, 3, 15));
		assertThat(instant(late.get("noticedAt"))).isEqualTo(thursday);
		assertThat(instant(late.get("openedAt"))).isEqualTo(monday);
		assertThat(currentStep(late).get("overdue")).isEqualTo(true);
		// Entered without the time, the same sign would have had until Thursday next.
		Map<String, Object> now = ok(open(manager, centre.student(0), "RETENTION", "周一家长来电表示想退费。"));
		assertDue(now, "WARNING_SIGN", endOf(2026, 3, 19));
		assertThat(instant(now.get("noticedAt"))).isEqualTo(monday);
	}

	@Test
	void aReferralNoticedOnSaturdayIsDueAtTheEndOfTheNextWorkingDayAndTheSweepFlagsIt() {
		TestCampus school = school(1);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		Instant saturday = local(2026, 3, 14, 11, 0);
		Instant tuesday = at(2026, 3, 17, 9, 0);
		Map<String, Object> referral = ok(mutate(homeroom, "openEscalation", input("studentId", school.student(0),
				"kind", "SCHOOL_REFERRAL", "matter", "周六家访时发现学生身上有伤。", "noticedAt", saturday.toString())));
		// Same working day, counted on the calendar: Saturday is a day off, so Monday.
		assertDue(referral, "MORAL_EDUCATION", endOf(2026, 3, 16));
		this.sweep.runExclusively(tuesday);
		Map<String, Object> flagged = RetentionChainTest.read(homeroom, (String) referral.get("id"));
		assertThat(history(flagged)).anySatisfy((event) -> {
			assertThat(event.get("type")).isEqualTo("OVERDUE");
			assertThat(event.get("stepKey")).isEqualTo("MORAL_EDUCATION");
		});
	}

	@Test
	void aTimeInTheFutureOrBeyondTheBackdatingLimitIsRefused() {
		TestCampus centre = centre(1);
		HttpGraphQlTester manager = as(centre.username("lm"));
		Instant now = at(2026, 3, 16, 9, 0);
		assertThat(manager.document("{ escalationChain(kind: RETENTION) { backdatingDays } }")
			.execute()
			.path("escalationChain.backdatingDays")
			.entity(Integer.class)
			.get()).isEqualTo(7);
		assertThat(refused(backdated(manager, centre, now.plusSeconds(3600)))).isEqualTo("IN_THE_FUTURE");
		assertThat(refused(backdated(manager, centre, now.minusSeconds(7 * 86_400 + 60)))).isEqualTo("TOO_OLD");
		ok(backdated(manager, centre, now.minusSeconds(7 * 86_400 - 60)));
	}

	@Test
	void theLimitIsTheSchoolsPolicyAndIsChecked() {
		TestCampus school = school(1);
		HttpGraphQlTester principal = as(school.username("principal"));
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		Instant now = at(2026, 3, 16, 9, 0);
		String update = """
				mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) {
				  policy { version } errors { code field } } }""";
		principal.document(update)
			.variable("input", referralPolicy("2026-03-16", 31))
			.execute()
			.path("updatePolicy.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "rules", "escalationChains", "0", "backdatingDays");
		principal.document(update)
			.variable("input", referralPolicy("2026-03-16", 1))
			.execute()
			.path("updatePolicy.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(refused(mutate(homeroom, "openEscalation", input("studentId", school.student(0), "kind",
				"SCHOOL_REFERRAL", "matter", "两天前发现的问题。", "noticedAt", now.minusSeconds(2 * 86_400).toString()))))
			.isEqualTo("TOO_OLD");
		ok(mutate(homeroom, "openEscalation", input("studentId", school.student(0), "kind", "SCHOOL_REFERRAL", "matter",
				"昨天发现的问题。", "noticedAt", now.minusSeconds(20 * 3600).toString())));
	}

	private static Map<String, Object> referralPolicy(String from, int backdatingDays) {
		Map<String, Object> step = Map.of("key", "MORAL_EDUCATION", "name", "德育处处理", "ownerRole", "MORAL_EDUCATION",
				"deadline", Map.of("amount", 0, "unit", "WORKING_DAYS"), "requiredOutputs", List.of(), "mayAdvance",
				List.of("MORAL_EDUCATION"), "mayResolve", List.of("MORAL_EDUCATION"));
		return input("preset", "PRIMARY", "effectiveFrom", from, "rules", Map.of("contactsPerTeacherPerMonth", 8,
				"escalationChains",
				List.of(Map.of("kind", "SCHOOL_REFERRAL", "backdatingDays", backdatingDays, "steps", List.of(step)))));
	}

	private static org.springframework.graphql.test.tester.GraphQlTester.Response backdated(HttpGraphQlTester as,
			TestCampus centre, Instant noticedAt) {
		return mutate(as, "openEscalation", input("studentId", centre.student(0), "kind", "RETENTION", "matter",
				"补录的苗头。", "noticedAt", noticedAt.toString()));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> history(Map<String, Object> escalation) {
		return (List<Map<String, Object>>) escalation.get("history");
	}

	private static Instant local(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(TestCampus.SHANGHAI).toInstant();
	}

}
