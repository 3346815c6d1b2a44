package org.jiaxiao.security;

import java.time.OffsetDateTime;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Every mutation takes an idempotency key, and the ones that are idempotent by nature
 * (withdrawals, erasure, archiving) honour it too: a retry returns the same result, the
 * same key with other input is refused with IDEMPOTENCY_KEY_REUSED.
 */
class IdempotencyTest extends ApiTest {

	@Autowired
	private GraphQlSource graphQl;

	@Test
	void everyMutationTakesAnIdempotencyKey() {
		for (GraphQLFieldDefinition mutation : this.graphQl.schema().getMutationType().getFieldDefinitions()) {
			GraphQLArgument input = mutation.getArgument("input");
			assertThat(input).as(mutation.getName() + " has an input").isNotNull();
			GraphQLInputObjectType type = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(input.getType());
			assertThat(type.getField("idempotencyKey")).as(mutation.getName() + " takes idempotencyKey").isNotNull();
		}
	}

	@Test
	void aKeyUpToTheSharedLimitIsAcceptedAndOneLongerIsRefusedBeforeAnythingIsWritten() {
		HttpGraphQlTester homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(10);
		String addNote = "mutation($id: ID!, $key: String) { addNote(input: {studentId: $id, text: \"上课认真\", "
				+ "idempotencyKey: $key}) { note { id } errors { code } } }";
		String longest = "n".repeat(IdempotencyKeys.MAX_KEY_LENGTH);
		String noteId = homeroom.document(addNote)
			.variable("id", student)
			.variable("key", longest)
			.execute()
			.path("addNote.note.id")
			.entity(String.class)
			.get();
		int entries = timelineIds(homeroom, student).size();
		homeroom.document(addNote)
			.variable("id", student)
			.variable("key", longest + "n")
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))
					&& String.valueOf(error.getMessage()).contains("idempotencyKey"))
			.verify();
		assertThat(timelineIds(homeroom, student)).hasSize(entries).contains(noteId);
	}

	private static java.util.List<String> timelineIds(HttpGraphQlTester tester, String student) {
		return tester.documentName("timelineIds")
			.variable("id", student)
			.variable("first", 100)
			.execute()
			.path("student.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void retractingWithAKeyIsRepeatableAndTheKeyCannotBeReused() {
		HttpGraphQlTester homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(11);
		String first = record(homeroom, student);
		String second = record(homeroom, student);
		String key = "retract-" + System.nanoTime();
		String retract = "mutation($id: ID!, $key: String) { retractContact(input: {contactId: $id, reason: \"记错了\", idempotencyKey: $key}) { contact { id retraction { reason } } errors { code } } }";
		for (int i = 0; i < 2; i++) {
			homeroom.document(retract)
				.variable("id", first)
				.variable("key", key)
				.execute()
				.path("retractContact.contact.retraction.reason")
				.entity(String.class)
				.isEqualTo("记错了");
		}
		homeroom.document(retract)
			.variable("id", second)
			.variable("key", key)
			.execute()
			.path("retractContact.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void withdrawingAConsentAndErasingAHouseholdHonourTheirKeys() {
		HttpGraphQlTester principal = as("principal");
		String student = studentsOf(principal, CLASS_1_1).get(12);
		var household = principal.documentName("student").variable("id", student).execute();
		String householdId = household.path("student.household.id").entity(String.class).get();
		String guardianId = household.path("student.household.guardians[0].id").entity(String.class).get();
		String consentA = consent(principal, householdId, guardianId);
		String consentB = consent(principal, householdId, guardianId);
		String key = "withdraw-" + System.nanoTime();
		String withdraw = "mutation($hh: ID!, $id: ID!, $key: String) { withdrawConsent(input: {householdId: $hh, consentId: $id, idempotencyKey: $key}) { consent { id withdrawnAt } errors { code } } }";
		String withdrawnAt = principal.document(withdraw)
			.variable("hh", householdId)
			.variable("id", consentA)
			.variable("key", key)
			.execute()
			.path("withdrawConsent.consent.withdrawnAt")
			.entity(String.class)
			.get();
		principal.document(withdraw)
			.variable("hh", householdId)
			.variable("id", consentA)
			.variable("key", key)
			.execute()
			.path("withdrawConsent.consent.withdrawnAt")
			.entity(String.class)
			.isEqualTo(withdrawnAt);
		principal.document(withdraw)
			.variable("hh", householdId)
			.variable("id", consentB)
			.variable("key", key)
			.execute()
			.path("withdrawConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		// A contact just now keeps the records within their retention period.
		record(as("homeroom"), student);
		String erase = "mutation($hh: ID!, $reason: String!, $key: String) { eraseHousehold(input: {householdId: $hh, reason: $reason, idempotencyKey: $key}) { household { id } errors { code } } }";
		String eraseKey = "erase-" + System.nanoTime();
		principal.document(erase)
			.variable("hh", householdId)
			.variable("reason", "家长申请")
			.variable("key", eraseKey)
			.execute()
			.path("eraseHousehold.errors[0].code")
			.entity(String.class)
			.isEqualTo("RETENTION_NOT_OVER");
		principal.document(erase)
			.variable("hh", householdId)
			.variable("reason", "另一个原因")
			.variable("key", eraseKey)
			.execute()
			.path("eraseHousehold.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void archivingTakesAKeyAndIsSafeToRetry() {
		String archive = "mutation($key: String) { archiveClosedSchoolYears(input: {idempotencyKey: $key}) { studentsArchived errors { code } } }";
		for (int i = 0; i < 2; i++) {
			as("principal").document(archive)
				.variable("key", "archive-once")
				.execute()
				.path("archiveClosedSchoolYears.errors")
				.entityList(Object.class)
				.hasSize(0);
		}
	}

	private static String record(HttpGraphQlTester writer, String student) {
		return writer.document(
				"mutation($s: ID!, $at: DateTime!) { recordContact(input: {studentIds: [$s], form: PHONE, kind: ROUTINE, occurredAt: $at, summary: \"电话沟通\"}) { contact { id } } }")
			.variable("s", student)
			.variable("at", OffsetDateTime.now().minusMinutes(15).toString())
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
	}

	private static String consent(HttpGraphQlTester principal, String householdId, String guardianId) {
		return principal.documentName("matrix/Mutation.recordConsent")
			.variable("householdId", householdId)
			.variable("guardianId", guardianId)
			.variable("occurredAt", OffsetDateTime.now().minusDays(1).toString())
			.execute()
			.path("result.consent.id")
			.entity(String.class)
			.get();
	}

}
