package org.jiaxiao.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's edits through the API: who may read and edit the directory (their
 * own school only; the principal and campus director too), bad input per operation,
 * optimistic versions, idempotency keys and the audit trail with before and after.
 */
class DirectoryEditsTest extends DirectoryAdminSupport {

	@Test
	void theAdministratorReadsTheirOwnSchoolWithGuardiansAndPhonesButNoTimeline() {
		GraphQlTester.Response directory = as("school-admin").documentName("directory/directoryStudents")
			.variable("classId", "cls_1_1")
			.variable("status", "ACTIVE")
			.variable("first", 5)
			.execute();
		directory.path("directory.classes[*].id").entityList(String.class).contains("cls_1_1", "cls_2_1");
		directory.path("directory.classes[*].id").entityList(String.class).doesNotContain("cls_t8_1");
		directory.path("directory.students.edges").entityList(Object.class).hasSize(5);
		directory.path("directory.students.edges[0].node.class.id").entity(String.class).isEqualTo("cls_1_1");
		// Phones in full: the administrator corrects them.
		directory.path("directory.students.edges[0].node.household.guardians[0].phone")
			.entity(String.class)
			.matches((phone) -> phone.matches("1\\d{10}"));
		// The family-facing student is still not theirs.
		String studentId = directory.path("directory.students.edges[0].node.id").entity(String.class).get();
		as("school-admin").documentName("student").variable("id", studentId).execute().path("student").valueIsNull();
		// The next page follows in 学籍号 order.
		String after = directory.path("directory.students.pageInfo.endCursor").entity(String.class).get();
		List<String> first = directory.path("directory.students.edges[*].node.studentNo")
			.entityList(String.class)
			.get();
		List<String> next = as("school-admin").documentName("directory/directoryStudents")
			.variable("classId", "cls_1_1")
			.variable("first", 5)
			.variable("after", after)
			.execute()
			.path("directory.students.edges[*].node.studentNo")
			.entityList(String.class)
			.get();
		assertThat(next.get(0)).isGreaterThan(first.get(4));
	}

	@Test
	void theCampusDirectorKeepsTheCampusDirectoryAndNeverTheSchools() {
		GraphQlTester.Response campus = as("director").documentName("directory/directoryStudents")
			.variable("first", 100)
			.execute();
		campus.path("directory.classes[*].id").entityList(String.class).contains("cls_t8_1");
		campus.path("directory.classes[*].id").entityList(String.class).doesNotContain("cls_1_1");
		campus.path("directory.students.edges[*].node.class.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).isNotEmpty().allMatch((id) -> id.startsWith("cls_t")));
		String schoolStudent = addStudent("cls_1_2").get(0);
		as("director").documentName("directory/directoryStudent")
			.variable("id", schoolStudent)
			.execute()
			.path("directory.student")
			.valueIsNull();
		refusedWith(as("director").documentName("directory/moveStudent")
			.variable("input",
					Map.of("studentId", schoolStudent, "expectedVersion", 1, "classId", "cls_t8_1", "on",
							today().toString()))
			.execute(), "moveStudent", "NOT_FOUND");
		// And the school's administrator cannot move a student into a campus group.
		refusedWith(move(schoolStudent, "cls_t8_1", today()), "moveStudent", "NOT_FOUND");
		setStatus(schoolStudent, "GRADUATED", today());
	}

	@Test
	void teachersAndAnalystsMayNotReadTheDirectory() {
		for (String role : List.of("homeroom", "subject", "grade-leader", "deyu", "analyst", "supervisor",
				"learning-manager", "finance")) {
			forbidden(as(role).documentName("directory/directoryStudents").execute());
		}
		as("principal").documentName("directory/directoryStudents")
			.execute()
			.path("directory.classes")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	@Test
	void badStudentInputIsRefusedWithCodes() {
		Map<String, Object> input = new HashMap<>();
		input.put("studentNo", "学籍号 1");
		input.put("name", " ");
		input.put("gender", "MALE");
		input.put("dateOfBirth", today().plusDays(1).toString());
		GraphQlTester.Response refused = as("school-admin").documentName("directory/saveStudent")
			.variable("input", input)
			.execute();
		refused.path("saveStudent.student").valueIsNull();
		refused.path("saveStudent.errors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_FORMAT", "REQUIRED", "IN_THE_FUTURE", "REQUIRED");
		refused.path("saveStudent.errors[0].field").entityList(String.class).containsExactly("input", "studentNo");
		// No class when adding.
		input.put("studentNo", unique("N"));
		input.put("name", "新同学");
		input.remove("dateOfBirth");
		refusedWith(as("school-admin").documentName("directory/saveStudent").variable("input", input).execute(),
				"saveStudent", "REQUIRED");
		// A 学籍号 already in the school.
		String taken = as("school-admin").documentName("directory/directoryStudents")
			.variable("classId", "cls_1_1")
			.variable("first", 1)
			.execute()
			.path("directory.students.edges[0].node.studentNo")
			.entity(String.class)
			.get();
		input.put("studentNo", taken);
		input.put("classId", "cls_1_2");
		refusedWith(as("school-admin").documentName("directory/saveStudent").variable("input", input).execute(),
				"saveStudent", "ALREADY_TAKEN");
	}

	@Test
	void editsNeedTheVersionReadAndARetryWithTheSameKeyIsOneEdit() {
		String studentId = addStudent("cls_1_2").get(0);
		Map<String, Object> edit = new HashMap<>();
		edit.put("id", studentId);
		edit.put("expectedVersion", 1);
		edit.put("studentNo", unique("E"));
		edit.put("name", "改名同学");
		edit.put("gender", "MALE");
		edit.put("idempotencyKey", unique("k"));
		var first = as("school-admin").documentName("directory/saveStudent").variable("input", edit).execute();
		first.path("saveStudent.student.version").entity(Integer.class).isEqualTo(2);
		// The retry answers with the stored student, not a CONFLICT.
		var retry = as("school-admin").documentName("directory/saveStudent").variable("input", edit).execute();
		retry.path("saveStudent.errors").entityList(Object.class).hasSize(0);
		retry.path("saveStudent.student.version").entity(Integer.class).isEqualTo(2);
		// The same key with other input.
		edit.put("name", "又改名");
		refusedWith(as("school-admin").documentName("directory/saveStudent").variable("input", edit).execute(),
				"saveStudent", "IDEMPOTENCY_KEY_REUSED");
		// Another administrator's edit from the version read before.
		edit.remove("idempotencyKey");
		refusedWith(as("principal").documentName("directory/saveStudent").variable("input", edit).execute(),
				"saveStudent", "CONFLICT");
		edit.put("expectedVersion", 2);
		as("principal").documentName("directory/saveStudent")
			.variable("input", edit)
			.execute()
			.path("saveStudent.student.name")
			.entity(String.class)
			.isEqualTo("又改名");
		setStatus(studentId, "GRADUATED", today());
	}

	@Test
	void aGuardiansPhoneEditIsValidatedAndAuditedWithBeforeAndAfter() {
		List<String> added = addStudent("cls_1_2");
		String householdId = added.get(1);
		Map<String, Object> guardian = new HashMap<>();
		guardian.put("name", "王妈妈");
		guardian.put("relation", "MOTHER");
		guardian.put("phone", "1380013800");
		Map<String, Object> input = new HashMap<>();
		input.put("id", householdId);
		input.put("expectedVersion", 0);
		input.put("address", "海淀区学院路");
		input.put("guardians", List.of(guardian));
		var refused = as("school-admin").documentName("directory/saveHousehold").variable("input", input).execute();
		refused.path("saveHousehold.errors[0].code").entity(String.class).isEqualTo("INVALID_FORMAT");
		refused.path("saveHousehold.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "guardians.0.phone");
		guardian.put("phone", "13800138000");
		var saved = as("school-admin").documentName("directory/saveHousehold").variable("input", input).execute();
		String guardianId = saved.path("saveHousehold.household.guardians[0].id").entity(String.class).get();
		saved.path("saveHousehold.household.version").entity(Integer.class).isEqualTo(1);
		guardian.put("id", guardianId);
		guardian.put("phone", "13912345678");
		input.put("expectedVersion", 1);
		as("school-admin").documentName("directory/saveHousehold")
			.variable("input", input)
			.execute()
			.path("saveHousehold.household.guardians[0].phone")
			.entity(String.class)
			.isEqualTo("13912345678");
		// Someone still holding version 1.
		refusedWith(as("principal").documentName("directory/saveHousehold").variable("input", input).execute(),
				"saveHousehold", "CONFLICT");
		// An unknown guardian id.
		guardian.put("id", "gdn_nobody");
		input.put("expectedVersion", 2);
		refusedWith(as("school-admin").documentName("directory/saveHousehold").variable("input", input).execute(),
				"saveHousehold", "UNKNOWN_GUARDIAN");
		GraphQlTester.Response trail = as("principal")
			.document("query($h: ID!) { auditEvents(filter: { householdId: $h }, first: 10) { edges { node { "
					+ "operation kind actor { id } changes { field before after } } } } }")
			.variable("h", householdId)
			.execute();
		trail.path("auditEvents.edges[0].node.operation").entity(String.class).isEqualTo("saveHousehold");
		trail.path("auditEvents.edges[0].node.actor.id").entity(String.class).isEqualTo("stf_school-admin");
		trail.path("auditEvents.edges[0].node.changes[?(@.field == 'guardian." + guardianId + ".phone')]")
			.entityList(Map.class)
			.satisfies((changes) -> assertThat(changes).singleElement()
				.satisfies((change) -> assertThat(change).containsEntry("before", "13800138000")
					.containsEntry("after", "13912345678")));
		trail.path("auditEvents.edges[1].node.changes[?(@.field == 'address')].after")
			.entityList(String.class)
			.containsExactly("海淀区学院路");
		setStatus(added.get(0), "GRADUATED", today());
	}

	@Test
	void badClassAndStaffInputIsRefusedWithCodes() {
		var badClass = as("school-admin").documentName("directory/saveClass")
			.variable("input", Map.of("grade", 0, "name", "", "homeroomTeacherId", "stf_director"))
			.execute();
		badClass.path("saveClass.errors[*].code")
			.entityList(String.class)
			.containsExactly("OUT_OF_RANGE", "REQUIRED", "NOT_FOUND");
		Map<String, Object> staff = new HashMap<>();
		staff.put("username", "Bad Name");
		staff.put("displayName", "新老师");
		staff.put("mobile", "12345");
		staff.put("roles", List.of());
		staff.put("assignments", List.of(Map.of("classId", "cls_t8_1", "subject", "数学", "homeroom", false, "from",
				"2026-09-01", "until", "2026-08-31")));
		as("school-admin").documentName("directory/saveStaffMember")
			.variable("input", staff)
			.execute()
			.path("saveStaffMember.errors[*].code")
			.entityList(String.class)
			.containsExactly("INVALID_FORMAT", "INVALID_FORMAT", "REQUIRED", "NOT_FOUND", "OUT_OF_RANGE");
		staff.put("username", "homeroom");
		staff.put("mobile", "13800000000");
		staff.put("roles", List.of("SUBJECT_TEACHER"));
		staff.put("assignments", List.of());
		refusedWith(as("school-admin").documentName("directory/saveStaffMember").variable("input", staff).execute(),
				"saveStaffMember", "ALREADY_TAKEN");
	}

	@Test
	void aClassEditIsAuditedWithBeforeAndAfter() {
		Map<?, ?> before = as("school-admin").documentName("matrix/Query.directory")
			.execute()
			.path("result.classes[?(@.id == 'cls_6_2')]")
			.entityList(Map.class)
			.get()
			.get(0);
		String name = (String) before.get("name");
		int version = (Integer) before.get("version");
		var renamed = as("school-admin").documentName("directory/saveClass")
			.variable("input",
					Map.of("id", "cls_6_2", "expectedVersion", version, "grade", 6, "name", name + "甲",
							"homeroomTeacherId", "stf_homeroom"))
			.execute();
		renamed.path("saveClass.class.homeroomTeacher.id").entity(String.class).isEqualTo("stf_homeroom");
		renamed.path("saveClass.class.version").entity(Integer.class).isEqualTo(version + 1);
		as("principal")
			.document("{ auditEvents(filter: { actorId: \"stf_school-admin\" }, first: 1) { edges { node { "
					+ "operation changes { field before after } } } } }")
			.execute()
			.path("auditEvents.edges[0].node.changes[?(@.field == 'name')]")
			.entityList(Map.class)
			.satisfies((changes) -> assertThat(changes).singleElement()
				.satisfies((change) -> assertThat(change).containsEntry("before", name)
					.containsEntry("after", name + "甲")));
		// The class as it was, for the other tests.
		as("principal").documentName("directory/saveClass")
			.variable("input",
					Map.of("id", "cls_6_2", "expectedVersion", version + 1, "grade", 6, "name", name,
							"homeroomTeacherId", "stf_teacher-g6c2"))
			.execute()
			.path("saveClass.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

}
