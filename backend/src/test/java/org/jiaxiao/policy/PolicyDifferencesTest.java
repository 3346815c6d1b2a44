package org.jiaxiao.policy;

import org.junit.jupiter.api.Test;

import org.jiaxiao.report.QuotasTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff the policy editor shows against the preset. */
class PolicyDifferencesTest {

	@Test
	void aPresetHasNoDifferencesFromItself() {
		assertThat(PolicyDifferences.between(PolicyPreset.PRIMARY.rules(), PolicyPreset.PRIMARY.rules())).isEmpty();
	}

	@Test
	void changedNumbersAndMissingSectionsShowAsPaths() {
		assertThat(PolicyDifferences.between(PolicyPreset.PRIMARY.rules(), QuotasTest.withHomeroomPerMonth(12)))
			.containsExactly(new PolicyDifferences.Difference("homeroom.perMonth", "10", "12"));
		assertThat(PolicyDifferences.between(PolicyPreset.PRIMARY.rules(), PolicyPreset.SECONDARY.rules()))
			.extracting(PolicyDifferences.Difference::path)
			.contains("contactsPerTeacherPerMonth", "subjectTeacher.perMonth",
					"coverage.faceToFacePercentPerSchoolYear", "focus.minExtraVisitsPerYear");
	}

}
