package org.jiaxiao.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Coverage figures follow the rule contact figures follow: a grade's or class's visited
 * students are a group of their own, withheld while they are 1 to k − 1, for every grade,
 * class and focus category filter, checked against the demo school's own home visits.
 */
class CoverageDisclosureTest extends ApiTest {

	private static final int K = 10;

	private static final List<String> CATEGORIES = List.of("LOW_INCOME", "LEARNING_DIFFICULTY", "SINGLE_PARENT",
			"ORPHAN", "DISABILITY", "LEFT_BEHIND");

	@Autowired
	private MongoTemplate mongo;

	@Test
	@SuppressWarnings("unchecked")
	void coverageWithholdsTheVisitedStudentsOfAGradeOrClassWhenTheyAreFew() {
		// The demo school's own home visits: a class of 40 with 7 visited showed
		// "visited: 7" while contact figures withheld the same 7 students' visits.
		List<Document> students = this.mongo.find(Query.query(where("schoolId").is("sch_demo")), Document.class,
				"students");
		int fewVisitedShown = 0;
		for (String groupBy : List.of("GRADE", "CLASS")) {
			List<@Nullable String> filters = new ArrayList<>(CATEGORIES);
			filters.add(null);
			for (String category : filters) {
				Map<String, Object> filter = (category != null) ? Map.of("focusCategories", List.of(category))
						: Map.of();
				Map<String, Object> stats = as("analyst").documentName("analytics/coverageStats")
					.variable("filter", filter)
					.variable("groupBy", groupBy)
					.execute()
					.path("analytics.coverageStats")
					.entity(Map.class)
					.get();
				String year = String.valueOf(stats.get("schoolYear"));
				for (Map<String, Object> bucket : (List<Map<String, Object>>) stats.get("buckets")) {
					String value = (String) ((List<Map<String, Object>>) bucket.get("keys")).get(0).get("value");
					long visited = students.stream()
						.filter((student) -> value
							.equals(String.valueOf(student.get(groupBy.equals("GRADE") ? "grade" : "classId"))))
						.filter((student) -> category == null
								|| student.getList("focusCategories", String.class, List.of()).contains(category))
						.filter((
								student) -> student.get("homeVisitCounts", new Document()).get(year) instanceof Number n
										&& n.intValue() > 0)
						.count();
					if (bucket.get("students") != null && visited > 0 && visited < K) {
						fewVisitedShown++;
					}
					if (bucket.get("visited") != null) {
						assertThat(visited).as("%s %s %s visited", groupBy, value, category).isGreaterThanOrEqualTo(K);
					}
				}
			}
		}
		assertThat(fewVisitedShown).as("buckets shown whose visited students are few").isPositive();
	}

}
