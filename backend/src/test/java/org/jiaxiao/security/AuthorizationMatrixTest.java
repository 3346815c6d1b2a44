package org.jiaxiao.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * The authorization matrix ({@code authorization-matrix.csv}): every query and mutation
 * as every demo role, through HTTP with real tokens. A second test fails when the schema
 * gains an operation the matrix does not list, so no operation ships without a decision.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApiTest {

	/** Operations that act on an escalation: each cell gets a fresh one. */
	private static final Set<String> ESCALATION_OPERATIONS = Set.of("Query.escalation",
			"Mutation.acknowledgeEscalation", "Mutation.recordEscalationAction", "Mutation.advanceEscalation",
			"Mutation.resolveEscalation", "Mutation.tagLossReasons", "Mutation.applyForRefund", "Mutation.reviewRefund",
			"Mutation.approveRefund");

	/** Directory operations that act on a student added for the cell, in 二年级1班. */
	private static final Set<String> FRESH_STUDENT_OPERATIONS = Set.of("Mutation.moveStudent",
			"Mutation.setStudentStatus", "Mutation.saveHousehold");

	@Autowired
	private GraphQlSource graphQlSource;

	private String student;

	private String householdId;

	private String guardianId;

	private String consentId;

	private String contactId;

	/**
	 * The targets, found once: a student of 1-1, their household, a guardian, a consent.
	 */
	@BeforeAll
	void findTargets() {
		connect();
		var principal = as("principal");
		this.student = studentsOf(principal, CLASS_1_1).get(7);
		var household = principal.documentName("student").variable("id", this.student).execute();
		this.householdId = household.path("student.household.id").entity(String.class).get();
		this.guardianId = household.path("student.household.guardians[0].id").entity(String.class).get();
		this.consentId = principal.documentName("matrix/Mutation.recordConsent")
			.variable("householdId", this.householdId)
			.variable("guardianId", this.guardianId)
			.variable("occurredAt", OffsetDateTime.now().minusDays(1).toString())
			.execute()
			.path("result.consent.id")
			.entity(String.class)
			.get();
		this.contactId = recordContactAsHomeroom();
	}

	/**
	 * A referral of the target student to 德育处, at its first step, opened by the
	 * principal.
	 */
	private String freshReferral() {
		return as("principal").documentName("matrix/Mutation.openEscalation")
			.variable("studentId", this.student)
			.execute()
			.path("result.escalation.id")
			.entity(String.class)
			.get();
	}

	/** A contact by the homeroom teacher (the author) on the target student. */
	private String recordContactAsHomeroom() {
		return as("homeroom").documentName("matrix/Mutation.recordContact")
			.variable("studentId", this.student)
			.variable("occurredAt", OffsetDateTime.now().minusMinutes(30).toString())
			.execute()
			.path("result.contact.id")
			.entity(String.class)
			.get();
	}

	/**
	 * A student added by the administrator to 二年级1班 with a household of their own
	 * (version 1 and 0): the target of moves, departures and household edits, so the
	 * shared demo students stay as other rows expect them.
	 */
	private List<String> freshStudent() {
		var saved = as("school-admin")
			.document("mutation($no: String!) { saveStudent(input: { studentNo: $no, name: \"矩阵新生\", "
					+ "gender: MALE, classId: \"cls_2_1\" }) { student { id household { id } } errors { code } } }")
			.variable("no", unique())
			.execute();
		saved.path("saveStudent.errors").entityList(Object.class).hasSize(0);
		return List.of(saved.path("saveStudent.student.id").entity(String.class).get(),
				saved.path("saveStudent.student.household.id").entity(String.class).get());
	}

	/** The version of 一年级1班 now, for an edit that keeps its values. */
	private int classVersion() {
		return as("principal").documentName("matrix/Query.directory")
			.execute()
			.path("result.classes[?(@.id == '" + CLASS_1_1 + "')].version")
			.entityList(Integer.class)
			.get()
			.get(0);
	}

	/**
	 * A number and sign-in name no one has: sorts after the demo users on the sign-in
	 * page.
	 */
	private static String unique() {
		return "zz-m-" + UUID.randomUUID().toString().substring(0, 12);
	}

	static Stream<Arguments> cells() throws IOException {
		List<String> lines = matrixLines();
		String[] roles = lines.get(0).split(",");
		List<Arguments> cells = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] row = line.split(",");
			for (int column = 1; column < row.length; column++) {
				cells.add(Arguments.of(row[0], roles[column], row[column]));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} as {1} is {2}")
	@MethodSource("cells")
	void operationAsRole(String operation, String role, String expected) {
		int version = as("principal").document("query($id: ID!) { node(id: $id) { ... on Contact { version } } }")
			.variable("id", this.contactId)
			.execute()
			.path("node.version")
			.entity(Integer.class)
			.get();
		List<String> fresh = FRESH_STUDENT_OPERATIONS.contains(operation) ? freshStudent() : List.of("", "");
		GraphQlTester.Response response = as(role).documentName("matrix/" + operation)
			.variable("contactId", this.contactId)
			.variable("contactVersion", version)
			.variable("freshContactId", operation.equals("Mutation.retractContact") ? recordContactAsHomeroom() : "")
			.variable("studentId", this.student)
			.variable("classId", CLASS_1_1)
			.variable("householdId", this.householdId)
			.variable("guardianId", this.guardianId)
			.variable("consentId", this.consentId)
			.variable("occurredAt", OffsetDateTime.now().minusMinutes(10).toString())
			.variable("escalationId", ESCALATION_OPERATIONS.contains(operation) ? freshReferral() : "")
			.variable("unique", unique())
			.variable("freshStudentId", fresh.get(0))
			.variable("freshHouseholdId", fresh.get(1))
			.variable("classVersion", operation.equals("Mutation.saveClass") ? classVersion() : 0)
			.variable("today", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
			.execute();
		switch (expected) {
			case "FORBIDDEN" ->
				response.errors().expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType()))).verify();
			case "NULL" -> response.path("result").valueIsNull();
			case "EMPTY" -> response.path("result.edges").entityList(Object.class).hasSize(0);
			case "REFUSED" -> response.path("result.errors").entityList(Object.class).hasSizeGreaterThan(0);
			case "MASKED" -> {
				response.path("result").hasValue();
				response.path("result.maskedFields").entityList(String.class).contains("focusCategories");
			}
			case "ALLOWED" -> {
				response.path("result").hasValue();
				if (operation.startsWith("Mutation.")) {
					response.path("result.errors").entityList(Object.class).hasSize(0);
				}
				if (operation.equals("Query.student") || operation.equals("Query.node")) {
					response.path("result.maskedFields").entityList(String.class).hasSize(0);
				}
			}
			default -> throw new IllegalArgumentException("Unknown expectation " + expected);
		}
		// Students a cell added leave again, so rosters, quotas and coverage stay as
		// other tests expect them.
		if (!fresh.get(0).isEmpty()) {
			graduate(fresh.get(0));
		}
		if (operation.equals("Mutation.saveStudent") && expected.equals("ALLOWED")) {
			graduate(response.path("result.student.id").entity(String.class).get());
		}
	}

	private void graduate(String studentId) {
		var admin = as("school-admin");
		var student = admin.document("query($id: ID!) { directory { student(id: $id) { version status } } }")
			.variable("id", studentId)
			.execute();
		if (!"ACTIVE".equals(student.path("directory.student.status").entity(String.class).get())) {
			return;
		}
		admin
			.document("mutation($id: ID!, $v: Int!, $on: Date!) { setStudentStatus(input: { studentId: $id, "
					+ "expectedVersion: $v, status: GRADUATED, on: $on }) { errors { code } } }")
			.variable("id", studentId)
			.variable("v", student.path("directory.student.version").entity(Integer.class).get())
			.variable("on", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
			.execute()
			.path("setStudentStatus.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void everyOperationInTheSchemaIsInTheMatrix() throws IOException {
		Set<String> inSchema = new TreeSet<>();
		var schema = this.graphQlSource.schema();
		for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				inSchema.add(root.getName() + "." + field.getName());
			}
		}
		Set<String> inMatrix = new TreeSet<>();
		matrixLines().subList(1, matrixLines().size()).forEach((line) -> inMatrix.add(line.split(",")[0]));
		assertThat(inMatrix).isEqualTo(inSchema);
	}

	private static List<String> matrixLines() throws IOException {
		try (InputStream in = new ClassPathResource("authorization-matrix.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

}
