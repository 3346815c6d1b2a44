package org.jiaxiao.directory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.ApiTest;

import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_3_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Who sees which class, student and household: a teacher the classes they teach, a grade
 * leader the grade, the principal and 德育处 the school, an analyst no single student. Every
 * path is checked: the lookups, {@code node(id)} and nested fields.
 */
class AccessTest extends ApiTest {

	private String studentOf11;

	private String studentOf12;

	private String studentOf21;

	@BeforeEach
	void findStudents() {
		var principal = as("principal");
		this.studentOf11 = studentsOf(principal, CLASS_1_1).get(0);
		this.studentOf12 = studentsOf(principal, CLASS_1_2).get(0);
		this.studentOf21 = studentsOf(principal, CLASS_2_1).get(0);
	}

	@ParameterizedTest
	@CsvSource({ "principal, true, true, true", "deyu, true, true, true", "grade-leader, true, true, false",
			"homeroom, true, false, false", "subject, true, true, false", "analyst, false, false, false" })
	void studentsAreVisibleOnlyInScope(String username, boolean sees11, boolean sees12, boolean sees21) {
		var tester = as(username);
		assertVisible(tester, "student", this.studentOf11, sees11);
		assertVisible(tester, "student", this.studentOf12, sees12);
		assertVisible(tester, "student", this.studentOf21, sees21);
		assertVisible(tester, "node", this.studentOf12, sees12);
		assertVisible(tester, "node", this.studentOf21, sees21);
	}

	@ParameterizedTest
	@CsvSource({ "principal, true, true", "grade-leader, true, false", "homeroom, false, false", "subject, true, false",
			"analyst, false, false" })
	void classesAreVisibleOnlyInScope(String username, boolean sees12, boolean sees21) {
		var tester = as(username);
		var class12 = tester.documentName("roster").variable("classId", CLASS_1_2).execute();
		if (sees12) {
			class12.path("class.students.edges").entityList(Object.class).hasSize(20);
		}
		else {
			class12.path("class").valueIsNull();
		}
		var class21 = tester.documentName("roster").variable("classId", CLASS_2_1).execute();
		if (sees21) {
			class21.path("class.id").entity(String.class).isEqualTo(CLASS_2_1);
		}
		else {
			class21.path("class").valueIsNull();
		}
	}

	@Test
	void aHouseholdShowsOnlyTheSiblingsTheViewerMaySee() {
		// The first pupil of 1-1 has an elder sibling who starts class 1-2 (demo data
		// rule).
		String sibling = studentsOf(as("principal"), CLASS_1_2).get(0);
		as("principal").documentName("student")
			.variable("id", this.studentOf11)
			.execute()
			.path("student.household.students[*].id")
			.entityList(String.class)
			.containsExactly(this.studentOf11, sibling);
		as("subject").documentName("student")
			.variable("id", this.studentOf11)
			.execute()
			.path("student.household.students[*].id")
			.entityList(String.class)
			.containsExactly(this.studentOf11, sibling);
		as("homeroom").documentName("student")
			.variable("id", this.studentOf11)
			.execute()
			.path("student.household.students[*].id")
			.entityList(String.class)
			.containsExactly(this.studentOf11);
	}

	@Test
	void aSiblingInAnotherClassStaysHiddenFromTheTeacher() {
		String elderIn32 = studentsOf(as("principal"), CLASS_3_2).get(0);
		String secondOf11 = studentsOf(as("principal"), CLASS_1_1).get(1);
		as("homeroom").documentName("student")
			.variable("id", secondOf11)
			.execute()
			.path("student.household.students[*].id")
			.entityList(String.class)
			.containsExactly(secondOf11);
		assertVisible(as("homeroom"), "node", elderIn32, false);
	}

	@Test
	void unknownAndForeignIdsAreNull() {
		var tester = as("principal");
		for (String id : new String[] { "stu_nobody", "nonsense", "", "cls_9_9", "hh_9999", "con_missing" }) {
			tester.documentName("node").variable("id", id).execute().path("node").valueIsNull();
		}
		tester.documentName("student").variable("id", "stu_nobody").execute().path("student").valueIsNull();
	}

	private static void assertVisible(org.springframework.graphql.test.tester.HttpGraphQlTester tester, String document,
			String id, boolean visible) {
		var response = tester.documentName(document).variable("id", id).execute();
		if (visible) {
			response.path(document + ".id").entity(String.class).isEqualTo(id);
		}
		else {
			response.path(document).valueIsNull();
		}
	}

}
