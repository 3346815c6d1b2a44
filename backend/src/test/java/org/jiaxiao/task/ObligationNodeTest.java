package org.jiaxiao.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code node(id)} on a task, per role: its owner and those who oversee its class get it;
 * other teachers, even one teaching the class, and analysts get null.
 */
class ObligationNodeTest extends ComplianceApiTest {

	private static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename id ... on Obligation { rule state owner { id } class { id } } } }""";

	private static final String INCIDENT = """
			mutation($input: RecordIncidentInput!) { recordIncident(input: $input) { incident { id } errors { code } } }""";

	private static final String CONTACT = """
			mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } errors { code } } }""";

	@Test
	void anImmediateVisitIsReachableByItsOwnerAndTheClassesOverseersOnly() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		StaffMember deyu = school.staffWith(this.mongo, "deyu", StaffRole.MORAL_EDUCATION);
		StaffMember analyst = school.staffWith(this.mongo, "analyst", StaffRole.ANALYST);
		StaffMember otherHomeroom = school.otherClassHomeroom(this.mongo);
		as(school.subject.username()).document(INCIDENT)
			.variable("input",
					Map.of("studentIds", List.of(school.student(0)), "kind", "INJURY", "occurredAt",
							OffsetDateTime.now().minusHours(2).toString(), "description", "课间摔伤", "reportedBy", "体育老师"))
			.execute()
			.path("recordIncident.errors")
			.entityList(Object.class)
			.hasSize(0);
		String task = as(school.homeroom.username()).documentName("myTasks")
			.execute()
			.path("myTasks.edges[0].node.id")
			.entity(String.class)
			.get();

		for (StaffMember sees : List.of(school.homeroom, school.principal, deyu, school.gradeLeader)) {
			GraphQlTester.Response node = node(sees, task);
			node.path("node.__typename").entity(String.class).isEqualTo("Obligation");
			node.path("node.id").entity(String.class).isEqualTo(task);
			node.path("node.rule").entity(String.class).isEqualTo("IMMEDIATE_VISIT");
			node.path("node.owner.id").entity(String.class).isEqualTo(school.homeroom.id());
			node.path("node.class.id").entity(String.class).isEqualTo(school.schoolClass.id());
		}
		// The subject teacher teaches the class and recorded the incident, but the task
		// is
		// the homeroom teacher's; the other class's teacher does not teach it at all.
		for (StaffMember doesNot : List.of(school.subject, otherHomeroom, analyst)) {
			node(doesNot, task).path("node").valueIsNull();
		}
	}

	@Test
	void aFollowUpIsReachableByTheTeacherWhoOwesItAndNotByAnotherClassesTeacher() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		StaffMember otherHomeroom = school.otherClassHomeroom(this.mongo);
		as(school.subject.username()).document(CONTACT)
			.variable("input",
					Map.of("studentIds", List.of(school.student(1)), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusMinutes(30).toString(), "summary", "电话沟通作业情况。", "followUps",
							List.of(Map.of("action", "一周后回访", "owner", "数学老师", "dueDate",
									LocalDate.now(TestSchool.SHANGHAI).plusDays(7).toString()))))
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		String task = as(school.subject.username()).documentName("myTasks")
			.execute()
			.path("myTasks.edges[0].node.id")
			.entity(String.class)
			.get();

		node(school.subject, task).path("node.rule").entity(String.class).isEqualTo("FOLLOW_UP");
		node(school.homeroom, task).path("node.owner.id").entity(String.class).isEqualTo(school.subject.id());
		node(otherHomeroom, task).path("node").valueIsNull();
	}

	private GraphQlTester.Response node(StaffMember viewer, String id) {
		return as(viewer.username()).document(NODE).variable("id", id).execute();
	}

}
