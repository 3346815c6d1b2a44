package org.jiaxiao.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster's open tasks and focus flag per role: each counts the tasks they would see
 * in their task lists (their own, and those of the classes they oversee), the focus
 * categories are withheld where the privacy policy masks them while the count stays, a
 * teacher of another class and an analyst reach no student at all, and a task done leaves
 * the count.
 */
class RosterTasksTest extends ComplianceApiTest {

	private static final String ROSTER = """
			query($id: ID!) { class(id: $id) { students(first: 50) { edges { node {
			  id openObligations focusCategories maskedFields } } } } }""";

	private static final String STUDENT = """
			query($id: ID!) { student(id: $id) { id openObligations } }""";

	private static final String INCIDENT = """
			mutation($input: RecordIncidentInput!) { recordIncident(input: $input) { incident { id } errors { code } } }""";

	private static final String CONTACT = """
			mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } errors { code } } }""";

	@Test
	void eachRoleCountsTheTasksItMaySeeAndOnlyOverseersSeeTheFocusCategories() {
		// Student 0 is a focus student; student 1 has an incident (an immediate visit for
		// the homeroom teacher); student 2 a follow-up the subject teacher owns.
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 1);
		incident(as(school.subject.username()), school.student(1));
		followUp(as(school.subject.username()), school.student(2));

		var homeroom = roster(as(school.homeroom.username()), school);
		assertThat(homeroom.get(school.student(0)).get("openObligations")).isEqualTo(0);
		assertThat(homeroom.get(school.student(1)).get("openObligations")).isEqualTo(1);
		assertThat(homeroom.get(school.student(2)).get("openObligations")).isEqualTo(1);
		assertThat(homeroom.get(school.student(0)).get("focusCategories")).isEqualTo(List.of("LEFT_BEHIND"));
		assertThat(homeroom.get(school.student(1)).get("focusCategories")).isEqualTo(List.of());

		for (StaffMember overseer : List.of(school.principal, school.gradeLeader)) {
			var rows = roster(as(overseer.username()), school);
			assertThat(rows.get(school.student(1)).get("openObligations")).as(overseer.username()).isEqualTo(1);
			assertThat(rows.get(school.student(2)).get("openObligations")).as(overseer.username()).isEqualTo(1);
			assertThat(rows.get(school.student(0)).get("focusCategories")).isEqualTo(List.of("LEFT_BEHIND"));
		}

		// A subject teacher: focus categories masked (null, listed as masked), and only
		// the tasks they own.
		var subject = roster(as(school.subject.username()), school);
		assertThat(subject.get(school.student(0)).get("focusCategories")).isNull();
		assertThat(subject.get(school.student(0)).get("maskedFields")).isEqualTo(List.of("focusCategories"));
		assertThat(subject.get(school.student(1)).get("openObligations")).isEqualTo(0);
		assertThat(subject.get(school.student(2)).get("openObligations")).isEqualTo(1);
	}

	@Test
	void anotherClassesTeacherAndAnAnalystReachNoneOfTheseStudents() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		incident(as(school.subject.username()), school.student(1));
		StaffMember other = school.otherClassHomeroom(this.mongo);
		StaffMember analyst = school.staffWith(this.mongo, "analyst", StaffRole.ANALYST);
		for (StaffMember outsider : List.of(other, analyst)) {
			HttpGraphQlTester tester = as(outsider.username());
			tester.document(ROSTER).variable("id", school.schoolClass.id()).execute().path("class").valueIsNull();
			tester.document(STUDENT).variable("id", school.student(1)).execute().path("student").valueIsNull();
		}
		as(school.homeroom.username()).document(STUDENT)
			.variable("id", school.student(1))
			.execute()
			.path("student.openObligations")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void aTaskDoneLeavesTheCount() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		String incident = incident(as(school.subject.username()), school.student(1));
		assertThat(roster(homeroom, school).get(school.student(1)).get("openObligations")).isEqualTo(1);

		// The contact that answers the incident satisfies the immediate visit.
		Map<String, Object> input = new HashMap<>(Map.of("studentIds", List.of(school.student(1)), "form", "PHONE",
				"kind", "IMMEDIATE", "occurredAt", OffsetDateTime.now().minusMinutes(30).toString(), "summary",
				"电话沟通情况。", "analysis", "情况已了解。", "countermeasure", "一周后回访。", "answersIncidentId", incident));
		homeroom.document(CONTACT)
			.variable("input", input)
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(roster(homeroom, school).get(school.student(1)).get("openObligations")).isEqualTo(0);
	}

	/** The roster's rows by student id. */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> roster(HttpGraphQlTester tester, TestSchool school) {
		GraphQlTester.Response response = tester.document(ROSTER).variable("id", school.schoolClass.id()).execute();
		List<Map<String, Object>> rows = response.path("class.students.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((row) -> (Map<String, Object>) row)
			.toList();
		Map<String, Map<String, Object>> byId = new HashMap<>();
		rows.forEach((row) -> byId.put((String) row.get("id"), row));
		assertThat(byId).hasSize(school.students.size());
		return byId;
	}

	private static String incident(HttpGraphQlTester tester, String student) {
		Map<String, Object> input = Map.of("studentIds", List.of(student), "kind", "ILLNESS_ABSENCE", "occurredAt",
				OffsetDateTime.now().minusHours(3).toString(), "description", "测试事件", "reportedBy", "家长", "days", 3);
		return tester.document(INCIDENT)
			.variable("input", input)
			.execute()
			.path("recordIncident.incident.id")
			.entity(String.class)
			.get();
	}

	/** A contact whose follow-up with a due date becomes the author's task. */
	private static void followUp(HttpGraphQlTester tester, String student) {
		String due = LocalDate.now(TestSchool.SHANGHAI).plusDays(3).toString();
		Map<String, Object> input = Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE",
				"occurredAt", OffsetDateTime.now().minusMinutes(30).toString(), "summary", "电话沟通情况。", "analysis",
				"情况已了解。", "countermeasure", "一周后回访。", "followUps",
				List.of(Map.of("action", "两周后电话回访作业情况", "owner", "刘老师", "dueDate", due)));
		tester.document(CONTACT)
			.variable("input", input)
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

}
