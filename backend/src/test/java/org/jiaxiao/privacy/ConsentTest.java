package org.jiaxiao.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Guardians' consents: recorded, shown on the household, withdrawn, refused when wrong.
 */
class ConsentTest extends ApiTest {

	private static final String RECORD = """
			mutation($input: RecordConsentInput!) {
			  recordConsent(input: $input) { consent { id guardianId purposes rulesVersion givenAt withdrawnAt recordedBy { displayName } } errors { code field } }
			}""";

	private static final String WITHDRAW = """
			mutation($input: WithdrawConsentInput!) {
			  withdrawConsent(input: $input) { consent { id withdrawnAt } errors { code } }
			}""";

	private String householdId;

	private String guardianId;

	@BeforeEach
	void findHousehold() {
		String student = studentsOf(as("principal"), CLASS_1_1).get(9);
		var household = as("principal").documentName("student").variable("id", student).execute();
		this.householdId = household.path("student.household.id").entity(String.class).get();
		this.guardianId = household.path("student.household.guardians[0].id").entity(String.class).get();
	}

	@Test
	void aConsentIsRecordedShownAndWithdrawn() {
		var homeroom = as("homeroom");
		var recorded = record(homeroom, input(List.of("CONTACT_RECORDS", "SENSITIVE_CATEGORIES"), null));
		recorded.path("recordConsent.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordConsent.consent.recordedBy.displayName").entity(String.class).isEqualTo("陈老师");
		String id = recorded.path("recordConsent.consent.id").entity(String.class).get();

		as("principal")
			.document("query($id: ID!) { node(id: $id) { ... on Household { consents { id withdrawnAt } } } }")
			.variable("id", this.householdId)
			.execute()
			.path("node.consents[0].id")
			.entity(String.class)
			.isEqualTo(id);

		var withdrawn = homeroom.document(WITHDRAW)
			.variable("input", Map.of("householdId", this.householdId, "consentId", id))
			.execute();
		String at = withdrawn.path("withdrawConsent.consent.withdrawnAt").entity(String.class).get();
		assertThat(at).isNotBlank();
		// Withdrawing again keeps the first time.
		homeroom.document(WITHDRAW)
			.variable("input", Map.of("householdId", this.householdId, "consentId", id))
			.execute()
			.path("withdrawConsent.consent.withdrawnAt")
			.entity(String.class)
			.isEqualTo(at);
	}

	@Test
	void aRetryWithTheSameKeyRecordsOnce() {
		Map<String, Object> input = input(List.of("CONTACT_RECORDS"), UUID.randomUUID().toString());
		String first = record(as("homeroom"), input).path("recordConsent.consent.id").entity(String.class).get();
		String second = record(as("homeroom"), input).path("recordConsent.consent.id").entity(String.class).get();
		assertThat(second).isEqualTo(first);
		List<String> ids = as("principal")
			.document("query($id: ID!) { node(id: $id) { ... on Household { consents { id } } } }")
			.variable("id", this.householdId)
			.execute()
			.path("node.consents[*].id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsOnlyOnce(first);
	}

	@Test
	void badConsentsAreRefusedByName() {
		record(as("homeroom"), input(List.of(), null)).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("EMPTY");
		Map<String, Object> unknownGuardian = input(List.of("CONTACT_RECORDS"), null);
		unknownGuardian.put("guardianId", "gdn_nobody");
		record(as("homeroom"), unknownGuardian).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("UNKNOWN_GUARDIAN");
		Map<String, Object> future = input(List.of("CONTACT_RECORDS"), null);
		future.put("givenAt", OffsetDateTime.now().plusDays(2).toString());
		record(as("homeroom"), future).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("IN_THE_FUTURE");
		record(as("subject"), input(List.of("CONTACT_RECORDS"), null)).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_ALLOWED");
		Map<String, Object> otherSchoolFamily = input(List.of("CONTACT_RECORDS"), null);
		otherSchoolFamily.put("householdId", "hh_9999");
		record(as("homeroom"), otherSchoolFamily).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	private static GraphQlTester.Response record(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(RECORD).variable("input", input).execute();
	}

	private Map<String, Object> input(List<String> purposes, String key) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("householdId", this.householdId);
		input.put("guardianId", this.guardianId);
		input.put("purposes", purposes);
		input.put("rulesVersion", "2026-09");
		input.put("givenAt", OffsetDateTime.now().minusHours(1).toString());
		if (key != null) {
			input.put("idempotencyKey", key);
		}
		return input;
	}

}
