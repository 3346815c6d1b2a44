package org.jiaxiao.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Every read of a sensitive field and every write leaves an audit event the principal can
 * query, by student and by household (a family's own access history); nobody else can.
 */
class AuditTest extends ApiTest {

	private String student;

	private String household;

	@BeforeEach
	void findStudent() {
		this.student = studentsOf(as("principal"), CLASS_1_1).get(5);
		this.household = as("principal").documentName("student")
			.variable("id", this.student)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
	}

	@Test
	void sensitiveReadsAreAuditedPerRequestAndMaskedReadsAreNot() {
		OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
		as("homeroom").documentName("sensitive").variable("id", this.student).execute();
		as("subject").documentName("sensitive").variable("id", this.student).execute();

		List<Map<String, Object>> reads = as("principal").documentName("auditEvents")
			.variable("filter", Map.of("studentId", this.student, "from", since.toString()))
			.execute()
			.path("auditEvents.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter((event) -> "READ".equals(event.get("kind")))
			.toList();
		assertThat(reads).hasSize(1);
		Map<String, Object> read = reads.get(0);
		assertThat(read.get("actor")).isEqualTo(Map.of("displayName", "陈老师"));
		assertThat(read.get("operation")).isEqualTo("sensitive");
		assertThat(read.get("fields")).isEqualTo(List.of("Student.focusCategories", "Household.situation"));
		assertThat(read.get("householdIds")).isEqualTo(List.of(this.household));
	}

	@Test
	void writesAreAuditedAndTheHouseholdHistoryShowsThem() {
		OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
		as("homeroom").documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(this.student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().toString(), "summary", "电话：确认家长会时间。"))
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		var history = as("principal").documentName("auditEvents")
			.variable("filter", Map.of("householdId", this.household, "from", since.toString()))
			.execute();
		List<String> kinds = history.path("auditEvents.edges[*].node.kind").entityList(String.class).get();
		assertThat(kinds).contains("WRITE");
		history.path("auditEvents.edges[*].node.operation").entityList(String.class).contains("recordContact");
	}

	@ParameterizedTest
	@CsvSource({ "principal, 1", "deyu, 1", "grade-leader, 1", "homeroom, 1", "subject, 0" })
	void everyRoleThatSeesSensitiveFieldsLeavesAReadEvent(String username, int events) {
		OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
		String student = studentsOf(as("principal"), CLASS_1_1).get(6);
		as(username).documentName("sensitive").variable("id", student).execute();
		String actor = as(username).documentName("viewer").execute().path("viewer.id").entity(String.class).get();
		List<Object> reads = as("principal").documentName("auditEvents")
			.variable("filter", Map.of("studentId", student, "actorId", actor, "from", since.toString()))
			.execute()
			.path("auditEvents.edges[*].node")
			.entityList(Object.class)
			.get();
		assertThat(reads).hasSize(events);
	}

	@Test
	void onlyThePrincipalReadsTheTrail() {
		for (String username : List.of("deyu", "grade-leader", "homeroom", "subject", "analyst")) {
			as(username).documentName("auditEvents")
				.execute()
				.errors()
				.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
	}

}
