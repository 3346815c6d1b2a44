package org.jiaxiao.directory;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/** The class roster: student-number order, cursor paging, and refused page sizes. */
class RosterTest extends ApiTest {

	@Test
	void pagesCoverTheWholeClassInOrderWithoutRepeats() {
		var homeroom = as("homeroom");
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = homeroom.documentName("roster")
				.variable("classId", CLASS_1_1)
				.variable("first", 7)
				.variable("after", after)
				.execute();
			paged.addAll(response.path("class.students.edges[*].node.studentNo").entityList(String.class).get());
			more = response.path("class.students.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("class.students.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).hasSizeBetween(36, 44).doesNotHaveDuplicates().isSorted();
		assertThat(paged).hasSameSizeAs(studentsOf(as("principal"), CLASS_1_1));
	}

	@Test
	void theHomeroomTeacherIsNamed() {
		as("homeroom").documentName("roster")
			.variable("classId", CLASS_1_1)
			.execute()
			.path("class.homeroomTeacher.displayName")
			.entity(String.class)
			.isEqualTo("陈老师");
	}

	@Test
	void hugePagesAreRefusedBeforeAnyDatabaseWork() {
		as("homeroom").documentName("roster")
			.variable("classId", CLASS_1_1)
			.variable("first", 100000)
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))
					&& error.getMessage().contains("complexity"))
			.verify()
			.path("class")
			.pathDoesNotExist();
	}

	@Test
	void pageSizesOutsideOneToHundredAreBadRequests() {
		for (int first : new int[] { 0, -1, 101 }) {
			as("homeroom").documentName("roster")
				.variable("classId", CLASS_1_1)
				.variable("first", first)
				.execute()
				.errors()
				.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))
						&& error.getMessage().contains("between 1 and 100"))
				.verify();
		}
	}

	@Test
	void aForgedCursorIsABadRequest() {
		for (String cursor : new String[] { "garbage!", "dGltZWxpbmUfMR8y", "" + "x".repeat(500) }) {
			as("homeroom").documentName("roster")
				.variable("classId", CLASS_1_1)
				.variable("after", cursor)
				.execute()
				.errors()
				.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
				.verify();
		}
	}

}
