package org.jiaxiao.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * The tutoring centre's roles ({@code authorization-matrix-campus.csv}) where a campus
 * differs from a school: the campus director answers for the families' rights of its own
 * campus (audit trail, export, erasure) and for no other; finance sees a refund's student
 * only by a masked name. Through HTTP with real tokens, like
 * {@link AuthorizationMatrixTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampusAuthorizationMatrixTest extends ApiTest {

	/** The demo escalation at the refund step, waiting for finance. */
	private static final String REFUND_ESCALATION = "esc_demo_t3";

	private String campusHousehold;

	private String schoolHousehold;

	@BeforeAll
	void findTargets() {
		connect();
		// A contact today keeps the family within the retention period: its erasure is
		// refused, and the shared demo data stays as other tests expect it.
		String campusStudent = studentsOf(as("director"), "cls_t8_1").get(2);
		as("learning-manager").documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(campusStudent), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", "电话回访：本周课程安排。", "analysis",
							"家长满意。", "countermeasure", "继续按计划上课。"))
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		this.campusHousehold = household(as("director"), campusStudent);
		this.schoolHousehold = household(as("principal"), studentsOf(as("principal"), CLASS_1_1).get(6));
	}

	private static String household(GraphQlTester as, String studentId) {
		return as.documentName("student")
			.variable("id", studentId)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
	}

	static Stream<Arguments> cells() throws IOException {
		List<String> lines = matrixLines();
		String[] roles = lines.get(0).split(",");
		List<Arguments> cells = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] row = line.split(",");
			for (int column = 2; column < row.length; column++) {
				cells.add(Arguments.of(row[0], row[1], roles[column], row[column]));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} on a {1} family as {2} is {3}")
	@MethodSource("cells")
	void operationAsRole(String operation, String target, String role, String expected) {
		GraphQlTester.Response response = as(role).documentName("campus-matrix/" + operation)
			.variable("householdId", target.equals("school") ? this.schoolHousehold : this.campusHousehold)
			.variable("escalationId", REFUND_ESCALATION)
			.execute();
		switch (expected) {
			case "FORBIDDEN" ->
				response.errors().expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType()))).verify();
			case "NULL" -> response.path("result").valueIsNull();
			case "REFUSED" -> response.path("result.errors").entityList(Object.class).hasSizeGreaterThan(0);
			case "ALLOWED" -> {
				response.errors().verify();
				response.path("result").hasValue();
				if (operation.equals("Escalation.student")) {
					response.path("result.student.name").hasValue();
					response.path("result.refund.contract.student.id").hasValue();
				}
			}
			case "RESTRICTED" -> {
				response.errors().verify();
				response.path("result.id").entity(String.class).isEqualTo(REFUND_ESCALATION);
				response.path("result.student").valueIsNull();
				response.path("result.refund.contract.id").hasValue();
				response.path("result.refund.contract.student").valueIsNull();
				response.path("result.maskedStudentName").entity(String.class).matches((name) -> name.matches(".\\*+"));
			}
			default -> throw new IllegalArgumentException("Unknown expectation " + expected);
		}
	}

	@Test
	void theDirectorsExportIsInTheCampusTrailAndNotInTheSchools() {
		as("director").documentName("campus-matrix/Query.householdExport")
			.variable("householdId", this.campusHousehold)
			.execute()
			.path("result")
			.entity(String.class)
			.matches((export) -> export.contains(this.campusHousehold) && export.contains("accessHistory"));
		GraphQlTester.Response trail = as("director").documentName("campus-matrix/Query.auditEvents")
			.variable("householdId", this.campusHousehold)
			.execute();
		trail.path("result.edges[*].node.operation").entityList(String.class).contains("householdExport");
		trail.path("result.edges[0].node.actor.id").entity(String.class).isEqualTo("stf_director");
		// The school's principal reads the school's trail only: the campus's family is
		// not
		// in it.
		as("principal").documentName("campus-matrix/Query.auditEvents")
			.variable("householdId", this.campusHousehold)
			.execute()
			.path("result.edges")
			.entityList(Object.class)
			.hasSize(0);
		// And the director reads nothing of the school's families.
		as("director").documentName("campus-matrix/Query.auditEvents")
			.variable("householdId", this.schoolHousehold)
			.execute()
			.path("result.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theDirectorErasesOnlyTheCampusFamiliesAndTheRetentionPeriodHolds() {
		as("director").documentName("campus-matrix/Mutation.eraseHousehold")
			.variable("householdId", this.campusHousehold)
			.execute()
			.path("result.errors[0].code")
			.entity(String.class)
			.isEqualTo("RETENTION_NOT_OVER");
		as("director").documentName("campus-matrix/Mutation.eraseHousehold")
			.variable("householdId", this.schoolHousehold)
			.execute()
			.path("result.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	private static List<String> matrixLines() throws IOException {
		try (InputStream in = new ClassPathResource("authorization-matrix-campus.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
