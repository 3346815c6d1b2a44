package org.jiaxiao.privacy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Erasure waits for the retention period (three years by default) after the last contact.
 */
class RetentionTest extends ApiTest {

	@Test
	void aFamilyContactedRecentlyCannotBeErasedYet() {
		var principal = as("principal");
		String studentId = studentsOf(principal, CLASS_1_1).get(0);
		String householdId = principal.documentName("student")
			.variable("id", studentId)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
		principal.document(
				"mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { household { id } errors { code message } } }")
			.variable("input", Map.of("householdId", householdId, "reason", "家长申请"))
			.execute()
			.path("eraseHousehold.errors[0].code")
			.entity(String.class)
			.isEqualTo("RETENTION_NOT_OVER");
	}

}
