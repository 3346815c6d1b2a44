package org.jiaxiao.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jiaxiao.support.ApiTest;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What the directory tests share: adding a student as the administrator, reading their
 * version, recording a contact on them, and today at the demo school.
 */
abstract class DirectoryAdminSupport extends ApiTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 10);
	}

	LocalDate today() {
		return LocalDate.now(SHANGHAI);
	}

	/** A student added by the administrator: their id and household id. */
	List<String> addStudent(String classId) {
		Map<String, Object> input = new HashMap<>();
		input.put("studentNo", unique("T"));
		input.put("name", "测试学生");
		input.put("gender", "FEMALE");
		input.put("classId", classId);
		GraphQlTester.Response saved = as("school-admin").documentName("directory/saveStudent")
			.variable("input", input)
			.execute();
		saved.path("saveStudent.errors").entityList(Object.class).hasSize(0);
		return List.of(saved.path("saveStudent.student.id").entity(String.class).get(),
				saved.path("saveStudent.student.household.id").entity(String.class).get());
	}

	int version(String studentId) {
		return as("school-admin").documentName("directory/directoryStudent")
			.variable("id", studentId)
			.execute()
			.path("directory.student.version")
			.entity(Integer.class)
			.get();
	}

	GraphQlTester.Response move(String studentId, String classId, LocalDate on) {
		return as("school-admin").documentName("directory/moveStudent")
			.variable("input",
					Map.of("studentId", studentId, "expectedVersion", version(studentId), "classId", classId, "on",
							on.toString()))
			.execute();
	}

	GraphQlTester.Response setStatus(String studentId, String status, LocalDate on) {
		return as("school-admin").documentName("directory/setStudentStatus")
			.variable("input",
					Map.of("studentId", studentId, "expectedVersion", version(studentId), "status", status, "on",
							on.toString()))
			.execute();
	}

	/** A phone call by {@code username}, an hour ago: the entry's id. */
	String recordContact(String username, String studentId) {
		return as(username).documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(studentId), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", "电话沟通：近期学习情况。"))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
	}

	static void refusedWith(GraphQlTester.Response response, String payload, String code) {
		response.path(payload + ".errors[*].code").entityList(String.class).contains(code);
	}

	static void forbidden(GraphQlTester.Response response) {
		response.errors().expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType()))).verify();
	}

	static OffsetDateTime noon(LocalDate day) {
		return day.atTime(12, 0).atZone(SHANGHAI).toOffsetDateTime();
	}

}
