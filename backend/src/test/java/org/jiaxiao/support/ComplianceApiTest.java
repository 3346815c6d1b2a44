package org.jiaxiao.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.support.ApiTest;
import org.jiaxiao.timeline.ContactRecorder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the compliance API tests: a school of the test's own (see {@link TestSchool})
 * and the report as its staff ask for it over HTTP.
 */
public abstract class ComplianceApiTest extends ApiTest {

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected ContactRecorder recorder;

	@Autowired
	protected CalendarService calendars;

	@Autowired
	protected PolicyService policies;

	protected TestSchool school(PolicyPreset preset, int students, int focus) {
		return TestSchool.create(this.mongo, this.recorder, this.calendars, this.policies, preset, students, focus);
	}

	protected GraphQlTester.Response report(String username, Map<String, Object> scope, Map<String, Object> period) {
		return as(username).documentName("complianceReport")
			.variable("scope", scope)
			.variable("period", period)
			.execute();
	}

	/**
	 * The figures a test names (name, value, name, value, …; a value may be null) among
	 * the fields of the report object at {@code path}, compared at once so that a failure
	 * shows every figure that is off, not only the first.
	 */
	protected static void assertFigures(GraphQlTester.Response response, String path, Object... expected) {
		Map<String, Object> figures = response.path(path).entity(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
		assertThat(figures).containsAllEntriesOf(input(expected));
	}

	protected static Map<String, Object> teacherScope(String teacherId) {
		return Map.of("teacherId", teacherId);
	}

	protected static Map<String, Object> classScope(String classId) {
		return Map.of("classId", classId);
	}

	protected static Map<String, Object> month(String month) {
		return Map.of("month", month);
	}

	protected static Map<String, Object> input(Object... pairs) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}

	protected static List<String> ids(List<String> all, int from, int to) {
		return all.subList(from, to);
	}

}
