package org.jiaxiao.privacy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Sensitive fields follow the privacy policy: focus categories and family situation only
 * for the principal, 德育处, the grade leader and the homeroom teacher; phones masked for
 * roles that do not phone families.
 */
class PrivacyTest extends ApiTest {

	private String student;

	@BeforeEach
	void findStudent() {
		this.student = studentsOf(as("principal"), CLASS_1_1).get(2);
	}

	@ParameterizedTest
	@CsvSource({ "principal, true, false", "deyu, true, true", "grade-leader, true, false", "homeroom, true, true",
			"subject, false, true" })
	void sensitiveFieldsAreShownOrMaskedByRole(String username, boolean seesSensitive, boolean seesFullPhone) {
		var response = as(username).documentName("sensitive").variable("id", this.student).execute();
		if (seesSensitive) {
			response.path("student.focusCategories")
				.entityList(String.class)
				.satisfies((list) -> assertThat(list).isNotNull());
			response.path("student.maskedFields").entityList(String.class).hasSize(0);
			response.path("student.household.situation.structure").hasValue();
			response.path("student.household.maskedFields").entityList(String.class).hasSize(0);
		}
		else {
			response.path("student.focusCategories").valueIsNull();
			response.path("student.maskedFields").entityList(String.class).containsExactly("focusCategories");
			response.path("student.household.situation").valueIsNull();
			response.path("student.household.maskedFields").entityList(String.class).containsExactly("situation");
		}
		List<String> phones = response.path("student.household.guardians[*].phone").entityList(String.class).get();
		assertThat(phones).isNotEmpty().allSatisfy((phone) -> {
			if (seesFullPhone) {
				assertThat(phone).matches("1\\d{10}");
			}
			else {
				assertThat(phone).matches("1\\d{2}\\*{4}\\d{4}");
			}
		});
	}

	@org.junit.jupiter.api.Test
	void analystsSeeNoStudentAtAll() {
		as("analyst").documentName("sensitive").variable("id", this.student).execute().path("student").valueIsNull();
	}

}
