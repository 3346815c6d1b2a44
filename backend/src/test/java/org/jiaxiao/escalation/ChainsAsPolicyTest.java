package org.jiaxiao.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation chains are part of the school's policy: the presets carry them, the
 * principal changes them like any rule (checked before they are stored), a version stored
 * before chains were policy follows its preset's, and an escalation follows the chain in
 * force when it opened.
 */
class ChainsAsPolicyTest extends EscalationApiTest {

	private static final String CHAIN = """
			query($kind: EscalationChainKind!) { escalationChain(kind: $kind) { kind steps { key name ownerRole
			  deadline { amount unit } requiredOutputs mayAdvance mayResolve } } }""";

	private static final String UPDATE = """
			mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) {
			  policy { version rules { escalationChains { kind steps { key deadline { amount unit } } } }
			  differencesFromPreset { path preset current } } errors { code field message } } }""";

	@Test
	void thePresetsCarryTheChainsTheDocumentsDescribe() {
		TestCampus centre = centre(1);
		var retention = as(centre.username("lm")).document(CHAIN).variable("kind", "RETENTION").execute();
		retention.path("escalationChain.steps[*].key")
			.entityList(String.class)
			.containsExactly("WARNING_SIGN", "RETENTION", "REPORT", "DIRECTOR_REVIEW", "REFUND");
		retention.path("escalationChain.steps[*].ownerRole")
			.entityList(String.class)
			.containsExactly("LEARNING_MANAGER", "SUPERVISOR", "SUPERVISOR", "CAMPUS_DIRECTOR", "FINANCE");
		retention.path("escalationChain.steps[0].deadline")
			.entity(Map.class)
			.isEqualTo(Map.of("amount", 3, "unit", "CALENDAR_DAYS"));
		retention.path("escalationChain.steps[1].deadline")
			.entity(Map.class)
			.isEqualTo(Map.of("amount", 2, "unit", "WORKING_DAYS"));
		retention.path("escalationChain.steps[3].requiredOutputs")
			.entityList(String.class)
			.containsExactly("lessonsLearned", "responsible", "writtenSummary");
		as(centre.username("lm")).document(CHAIN)
			.variable("kind", "SCHOOL_REFERRAL")
			.execute()
			.path("escalationChain")
			.valueIsNull();
		var referral = as("deyu").document(CHAIN).variable("kind", "SCHOOL_REFERRAL").execute();
		referral.path("escalationChain.steps[*].ownerRole")
			.entityList(String.class)
			.containsExactly("MORAL_EDUCATION", "PRINCIPAL");
		referral.path("escalationChain.steps[0].deadline")
			.entity(Map.class)
			.isEqualTo(Map.of("amount", 0, "unit", "WORKING_DAYS"));
		as("analyst").document(CHAIN)
			.variable("kind", "RETENTION")
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	@Test
	void thePrincipalChangesAChainAndItIsCheckedFirst() {
		TestCampus school = school(1);
		HttpGraphQlTester principal = as(school.username("principal"));
		String tomorrow = LocalDate.now(TestCampus.SHANGHAI).plusDays(1).toString();

		List<Map<String, Object>> steps = new ArrayList<>();
		steps.add(step("MORAL_EDUCATION", "德育处处理", "MORAL_EDUCATION", 4, "HOURS", List.of("MORAL_EDUCATION")));
		steps.add(step("LEADERSHIP", "校委会研究", "PRINCIPAL", 2, "WORKING_DAYS", List.of("PRINCIPAL")));
		var stored = update(principal, tomorrow, steps);
		stored.path("updatePolicy.errors").entityList(Object.class).hasSize(0);
		stored.path("updatePolicy.policy.rules.escalationChains[0].steps[0].deadline")
			.entity(Map.class)
			.isEqualTo(Map.of("amount", 4, "unit", "HOURS"));
		stored
			.path("updatePolicy.policy.differencesFromPreset[?(@.path == "
					+ "'escalationChains.SCHOOL_REFERRAL.steps.MORAL_EDUCATION.deadline.amount')].current")
			.entityList(String.class)
			.containsExactly("4");

		// Duplicate keys, a step no one may advance, a zero in calendar days.
		List<Map<String, Object>> bad = new ArrayList<>();
		bad.add(step("SAME", "一", "MORAL_EDUCATION", 0, "CALENDAR_DAYS", List.of("MORAL_EDUCATION")));
		bad.add(step("SAME", "二", "PRINCIPAL", 1, "WORKING_DAYS", List.of()));
		var refused = update(principal, tomorrow, bad);
		refused.path("updatePolicy.policy").valueIsNull();
		List<Map<String, Object>> errors = errors(refused);
		assertThat(errors).extracting((error) -> last(error.get("field")))
			.containsExactlyInAnyOrder("deadline", "key", "mayAdvance");
		assertThat(errors).extracting((error) -> error.get("code"))
			.containsExactlyInAnyOrder("OUT_OF_RANGE", "OUT_OF_RANGE", "EMPTY");
		update(principal, tomorrow, List.of()).path("updatePolicy.errors[0].code")
			.entity(String.class)
			.isEqualTo("EMPTY");
		var refundNotLast = update(principal, tomorrow,
				List.of(step("REFUND", "退费", "FINANCE", 1, "WORKING_DAYS", List.of("FINANCE")),
						step("AFTER", "之后", "PRINCIPAL", 1, "WORKING_DAYS", List.of("PRINCIPAL"))));
		refundNotLast.path("updatePolicy.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "rules", "escalationChains", "0", "steps");
	}

	@Test
	void aVersionStoredBeforeChainsFollowsItsPresetAndEscalationsFollowTheChainInForce() {
		TestCampus school = school(1);
		// A version written before chains were policy: no escalationChains at all.
		Document legacy = new Document("_id", "pol_" + school.prefix + "_legacy").append("schoolId", school.id)
			.append("version", 2)
			.append("effectiveFrom",
					java.util.Date.from(LocalDate.of(2026, 1, 1).atStartOfDay(TestCampus.SHANGHAI).toInstant()))
			.append("basedOn", "SECONDARY")
			.append("rules",
					new Document("homeVisitForms", List.of("HOME_VISIT")).append("reminders",
							new Document("hoursBefore", 24).append("quietFrom", "21:00").append("quietUntil", "07:00")))
			.append("_class", "org.jiaxiao.policy.PolicyVersion");
		this.mongo.getCollection("policies").insertOne(legacy);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		homeroom.document("{ policy { version rules { escalationChains { kind steps { key } } } } }")
			.execute()
			.path("policy.rules.escalationChains[0].steps[*].key")
			.entityList(String.class)
			.containsExactly("MORAL_EDUCATION", "LEADERSHIP");

		// The principal shortens 德育处's deadline to four hours from today: a referral
		// opened now is due in four hours.
		List<Map<String, Object>> steps = List.of(
				step("MORAL_EDUCATION", "德育处处理", "MORAL_EDUCATION", 4, "HOURS", List.of("MORAL_EDUCATION")),
				step("LEADERSHIP", "校委会研究", "PRINCIPAL", 1, "WORKING_DAYS", List.of("PRINCIPAL")));
		update(as(school.username("principal")), LocalDate.now(TestCampus.SHANGHAI).toString(), steps)
			.path("updatePolicy.errors")
			.entityList(Object.class)
			.hasSize(0);
		java.time.Instant now = java.time.Instant.now();
		this.clock.set(now);
		Map<String, Object> referral = ok(open(homeroom, school.student(0), "SCHOOL_REFERRAL", "需要德育处处理。"));
		assertThat(instant(currentStep(referral).get("dueAt")))
			.isEqualTo(now.plusSeconds(4 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> errors(GraphQlTester.Response response) {
		return (List<Map<String, Object>>) (List<?>) response.path("updatePolicy.errors").entityList(Map.class).get();
	}

	private static Object last(Object list) {
		List<?> items = (List<?>) list;
		return items.get(items.size() - 1);
	}

	private static GraphQlTester.Response update(HttpGraphQlTester principal, String from,
			List<Map<String, Object>> steps) {
		return principal.document(UPDATE)
			.variable("input",
					input("preset", "PRIMARY", "effectiveFrom", from, "rules",
							Map.of("contactsPerTeacherPerMonth", 8, "escalationChains",
									List.of(Map.of("kind", "SCHOOL_REFERRAL", "steps", steps)))))
			.execute();
	}

	private static Map<String, Object> step(String key, String name, String owner, int amount, String unit,
			List<String> mayAdvance) {
		return Map.of("key", key, "name", name, "ownerRole", owner, "deadline", Map.of("amount", amount, "unit", unit),
				"requiredOutputs", List.of(), "mayAdvance", mayAdvance, "mayResolve", List.of(owner));
	}

}
