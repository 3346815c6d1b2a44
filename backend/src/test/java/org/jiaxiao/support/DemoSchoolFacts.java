package org.jiaxiao.support;

import java.util.List;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Looks up demo-school ids through the API (as the principal), so tests do not depend on
 * the date the demo data was generated for.
 */
public final class DemoSchoolFacts {

	public static final String CLASS_1_1 = "cls_1_1";

	public static final String CLASS_1_2 = "cls_1_2";

	public static final String CLASS_2_1 = "cls_2_1";

	public static final String CLASS_3_2 = "cls_3_2";

	private DemoSchoolFacts() {
	}

	/** Student ids of a class in roster order (first page, up to 100). */
	public static List<String> studentsOf(HttpGraphQlTester principal, String classId) {
		return principal.documentName("roster")
			.variable("classId", classId)
			.variable("first", 100)
			.execute()
			.path("class.students.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
