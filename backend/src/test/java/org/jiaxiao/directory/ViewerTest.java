package org.jiaxiao.directory;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo user's own view: roles and classes come from the directory. */
class ViewerTest extends ApiTest {

	@ParameterizedTest
	@CsvSource({ "principal, PRINCIPAL, 12", "deyu, MORAL_EDUCATION, 12", "grade-leader, GRADE_LEADER, 2",
			"homeroom, HOMEROOM_TEACHER, 1", "subject, SUBJECT_TEACHER, 2", "analyst, ANALYST, 0" })
	void viewerHasTheDirectoryRolesAndClasses(String username, String role, int classes) {
		var response = as(username).documentName("viewer").execute();
		response.path("viewer.username").entity(String.class).isEqualTo(username);
		response.path("viewer.roles").entityList(String.class).containsExactly(role);
		response.path("viewer.school.name").entity(String.class).isEqualTo("示例小学");
		response.path("viewer.school.timeZone").entity(String.class).isEqualTo("Asia/Shanghai");
		response.path("viewer.classes").entityList(Object.class).hasSize(classes);
	}

	@ParameterizedTest
	@CsvSource({ "homeroom, cls_1_1", "subject, cls_1_1;cls_1_2", "grade-leader, cls_1_1;cls_1_2" })
	void teachersSeeExactlyTheClassesTheyTeachOrLead(String username, String classIds) {
		List<String> ids = as(username).documentName("viewer")
			.execute()
			.path("viewer.classes[*].id")
			.entityList(String.class)
			.get();
		assertThat(ids).containsExactly(classIds.split(";"));
	}

}
