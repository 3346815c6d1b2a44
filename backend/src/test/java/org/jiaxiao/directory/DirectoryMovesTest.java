package org.jiaxiao.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Moves, leavers and date-bounded assignments through the API: who sees a student before
 * and after a move, a leaver out of rosters and coverage with the record kept, a return
 * with the timeline intact, a new term's assignment from its first day, and the sync feed
 * of each change.
 */
class DirectoryMovesTest extends DirectoryAdminSupport {

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aMovedStudentsTimelineFollowsThemAndTheOldClassLosesThem() {
		String studentId = addStudent("cls_1_1").get(0);
		String entry = recordContact("homeroom", studentId);
		String newTeacher = "teacher-g2c1";
		as(newTeacher).documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student")
			.valueIsNull();
		String homeroomCursor = drain(as("homeroom"), null);
		String newTeacherCursor = drain(as(newTeacher), null);

		move(studentId, "cls_2_1", today()).path("moveStudent.student.class.id")
			.entity(String.class)
			.isEqualTo("cls_2_1");

		as("homeroom").documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student")
			.valueIsNull();
		as("subject").documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student")
			.valueIsNull();
		GraphQlTester.Response seen = as(newTeacher).documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute();
		seen.path("student.class.id").entity(String.class).isEqualTo("cls_2_1");
		seen.path("student.timeline.edges[*].node.id").entityList(String.class).contains(entry);
		// Not in the old roster, in the new one.
		assertThat(studentsOf(as("principal"), "cls_1_1")).doesNotContain(studentId);
		assertThat(studentsOf(as("principal"), "cls_2_1")).contains(studentId);
		// The mobile app: the old class's teacher drops the student, the new one gets
		// them.
		assertThat(changesSince(as("homeroom"), homeroomCursor)).contains("STUDENT " + studentId + " NOT_VISIBLE");
		assertThat(changesSince(as(newTeacher), newTeacherCursor)).contains("STUDENT " + studentId + " -");
		setStatus(studentId, "GRADUATED", today());
	}

	@Test
	void aMoveOrDepartureCountsFromTodayAtTheLatest() {
		String studentId = addStudent("cls_1_2").get(0);
		refusedWith(move(studentId, "cls_2_1", today().plusDays(1)), "moveStudent", "IN_THE_FUTURE");
		refusedWith(move(studentId, "cls_1_2", today()), "moveStudent", "NOT_ALLOWED");
		refusedWith(setStatus(studentId, "ACTIVE", today()), "setStudentStatus", "INVALID_TRANSITION");
		refusedWith(setStatus(studentId, "TRANSFERRED", today().minusYears(2)), "setStudentStatus", "TOO_OLD");
		refusedWith(as("school-admin").documentName("directory/moveStudent")
			.variable("input",
					Map.of("studentId", studentId, "expectedVersion", 7, "classId", "cls_2_1", "on",
							today().toString()))
			.execute(), "moveStudent", "CONFLICT");
		setStatus(studentId, "SUSPENDED", today()).path("setStudentStatus.student.status")
			.entity(String.class)
			.isEqualTo("SUSPENDED");
		refusedWith(setStatus(studentId, "GRADUATED", today()), "setStudentStatus", "INVALID_TRANSITION");
		refusedWith(move(studentId, "cls_2_1", today()), "moveStudent", "NOT_ALLOWED");
	}

	@Test
	void aLeaverLeavesRostersAndCoverageKeepsTheRecordAndReturnsWithTheTimeline() {
		String classId = "cls_1_2";
		String studentId = addStudent(classId).get(0);
		String entry = recordContact("subject", studentId);
		int studentsBefore = coverageStudents(classId);
		String subjectCursor = drain(as("subject"), null);

		setStatus(studentId, "TRANSFERRED", today().minusDays(3)).path("setStudentStatus.student.leftOn")
			.entity(String.class)
			.isEqualTo(today().minusDays(3).toString());

		assertThat(studentsOf(as("principal"), classId)).doesNotContain(studentId);
		assertThat(coverageStudents(classId)).isEqualTo(studentsBefore - 1);
		as("school-admin").documentName("directory/directoryStudents")
			.variable("classId", classId)
			.variable("status", "TRANSFERRED")
			.variable("first", 100)
			.execute()
			.path("directory.students.edges[*].node.id")
			.entityList(String.class)
			.contains(studentId);
		// Retention: the record and its timeline stay, for those who taught the student.
		as("subject").documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student.timeline.edges[*].node.id")
			.entityList(String.class)
			.contains(entry);
		assertThat(changesSince(as("subject"), subjectCursor)).contains("STUDENT " + studentId + " -");

		setStatus(studentId, "ACTIVE", today()).path("setStudentStatus.student.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
		assertThat(studentsOf(as("principal"), classId)).contains(studentId);
		assertThat(coverageStudents(classId)).isEqualTo(studentsBefore);
		as("subject").documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student.timeline.edges[*].node.id")
			.entityList(String.class)
			.contains(entry);
		setStatus(studentId, "GRADUATED", today());
	}

	@Test
	void aNewTermsAssignmentCountsFromItsFirstDay() {
		LocalDate termStart = today().plusDays(30);
		String username = unique("term-");
		Map<String, Object> staff = Map.of("username", username, "displayName", "新学期老师", "staffNo", unique("G"),
				"mobile", "13700000000", "roles", List.of("SUBJECT_TEACHER"), "assignments",
				List.of(Map.of("classId", "cls_3_1", "subject", "科学", "homeroom", false, "from", termStart.toString(),
						"until", termStart.plusMonths(5).toString())));
		GraphQlTester.Response saved = as("school-admin").documentName("directory/saveStaffMember")
			.variable("input", staff)
			.execute();
		saved.path("saveStaffMember.staffMember.assignments[0].from")
			.entity(String.class)
			.isEqualTo(termStart.toString());
		String studentId = studentsOf(as("principal"), "cls_3_1").get(0);

		this.clock.set(noon(termStart.minusDays(1)).toInstant());
		as(username).documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student")
			.valueIsNull();
		as(username).documentName("viewer").execute().path("viewer.classes").entityList(Object.class).hasSize(0);

		this.clock.set(noon(termStart).toInstant());
		as(username).documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student.class.id")
			.entity(String.class)
			.isEqualTo("cls_3_1");

		this.clock.set(noon(termStart.plusMonths(5).plusDays(1)).toInstant());
		as(username).documentName("directory/studentTimeline")
			.variable("id", studentId)
			.execute()
			.path("student")
			.valueIsNull();
	}

	/** Students counted by the class's coverage this month (the compliance report). */
	private int coverageStudents(String classId) {
		return as("principal").documentName("complianceReport")
			.variable("scope", Map.of("classId", classId))
			.variable("period", Map.of("month", java.time.YearMonth.now(SHANGHAI).toString()))
			.execute()
			.path("complianceReport.classes[0].students")
			.entity(Integer.class)
			.get();
	}

	/** Reads the feed to its end: the cursor after it. */
	private String drain(HttpGraphQlTester reader, String since) {
		String cursor = since;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = reader.documentName("directory/changes")
				.variable("since", cursor)
				.variable("first", 100)
				.execute();
			cursor = page.path("changes.cursor").entity(String.class).get();
			more = page.path("changes.hasMore").entity(Boolean.class).get();
		}
		return cursor;
	}

	/** The changes after a cursor, as "TYPE id TOMBSTONE" ("-" for none). */
	private List<String> changesSince(HttpGraphQlTester reader, String since) {
		List<String> seen = new ArrayList<>();
		String cursor = since;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = reader.documentName("directory/changes")
				.variable("since", cursor)
				.variable("first", 100)
				.execute();
			List<Map> changes = page.path("changes.changes").entityList(Map.class).get();
			for (Map<?, ?> change : changes) {
				Object tombstone = change.get("tombstone");
				seen.add(change.get("type") + " " + change.get("id") + " " + ((tombstone != null) ? tombstone : "-"));
			}
			cursor = page.path("changes.cursor").entity(String.class).get();
			more = page.path("changes.hasMore").entity(Boolean.class).get();
		}
		return seen;
	}

}
