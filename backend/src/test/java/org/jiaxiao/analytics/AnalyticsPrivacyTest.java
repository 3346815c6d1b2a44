package org.jiaxiao.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No personal data is reachable from {@code Analytics}: a walk of the schema from it
 * finds no ID field, no field named like a name, phone or free text, and no type a person
 * could be read from; then a query per reachable type selects all its fields as the
 * analyst, and no value in any answer is a student's or household's id, a name or a phone
 * number.
 */
class AnalyticsPrivacyTest extends ApiTest {

	/** Field names that would carry personal data or free text. */
	private static final Pattern PERSONAL = Pattern.compile(
			"(?i).*(name|phone|mobile|email|wechat|address|summary|text|description|note|reason|comment|message|guardian|household|author|birth|idcard)s?.*|(?i).*ids?$");

	@Autowired
	private GraphQlSource graphQl;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theSchemaUnderAnalyticsHoldsAggregatesOnly() {
		Map<String, GraphQLFieldsContainer> reachable = reachableFromAnalytics();
		assertThat(reachable).containsKeys("Analytics", "ContactStats", "ContactBucket", "CoverageStats",
				"CoverageBucket", "AnalyticsKey");
		for (GraphQLFieldsContainer type : reachable.values()) {
			assertThat(type.getName()).isNotIn("Student", "Household", "Guardian", "Contact", "StaffMember", "Node");
			if (type instanceof GraphQLObjectType object) {
				assertThat(object.getInterfaces()).as(type.getName() + " implements Node").isEmpty();
			}
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
				assertThat(((GraphQLNamedType) unwrapped).getName()).as(type.getName() + "." + field.getName())
					.isNotEqualTo("ID");
				assertThat(field.getName()).as(type.getName() + "." + field.getName()).doesNotMatch(PERSONAL);
			}
		}
	}

	@Test
	void aQueryPerTypeAnswersNoPersonalData() {
		Set<String> forbidden = personalValues();
		assertThat(forbidden).hasSizeGreaterThan(100);
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put("Analytics", "analytics { %s }");
		paths.put("ContactStats", "analytics { contactStats(groupBy: [CLASS, TEACHER_ROLE, FOCUS_CATEGORY]) { %s } }");
		paths.put("ContactBucket", "analytics { contactStats(groupBy: [GRADE, FORM, KIND]) { buckets { %s } } }");
		paths.put("AnalyticsKey", "analytics { contactStats(groupBy: [MONTH, WEEKDAY]) { buckets { keys { %s } } } }");
		paths.put("CoverageStats", "analytics { coverageStats(groupBy: CLASS) { %s } }");
		paths.put("CoverageBucket", "analytics { coverageStats(groupBy: GRADE) { buckets { %s } total { %s } } }");
		Map<String, GraphQLFieldsContainer> reachable = reachableFromAnalytics();
		assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(reachable.keySet());
		for (Map.Entry<String, String> path : paths.entrySet()) {
			String selection = selectAll(reachable.get(path.getKey()), 0);
			String document = "{ " + path.getValue().replace("%s", selection) + " }";
			Object data = as("analyst").document(document).execute().path("analytics").entity(Object.class).get();
			List<String> strings = new ArrayList<>();
			collectStrings(data, strings);
			assertThat(strings).as(path.getKey()).isNotEmpty().noneMatch(forbidden::contains);
			assertThat(strings).noneMatch((value) -> value.matches("(stu|hh|con|inc|note|gdn)_.*"));
		}
	}

	/** Every output type reachable from Analytics, by name. */
	private Map<String, GraphQLFieldsContainer> reachableFromAnalytics() {
		GraphQLSchema schema = this.graphQl.schema();
		Map<String, GraphQLFieldsContainer> seen = new LinkedHashMap<>();
		Deque<GraphQLType> queue = new ArrayDeque<>(List.of(schema.getType("Analytics")));
		while (!queue.isEmpty()) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(queue.pop());
			if (type instanceof GraphQLUnionType union) {
				queue.addAll(union.getTypes());
			}
			if (type instanceof GraphQLFieldsContainer container
					&& seen.putIfAbsent(container.getName(), container) == null) {
				if (container instanceof graphql.schema.GraphQLInterfaceType) {
					queue.addAll(schema.getImplementations((graphql.schema.GraphQLInterfaceType) container));
				}
				container.getFieldDefinitions().forEach((field) -> queue.add(field.getType()));
			}
		}
		return seen;
	}

	/** All fields of a type, objects expanded (arguments left to their defaults). */
	private static String selectAll(GraphQLFieldsContainer type, int depth) {
		List<String> fields = new ArrayList<>();
		for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
			if (field.getArguments()
				.stream()
				.anyMatch((argument) -> GraphQLTypeUtil.isNonNull(argument.getType())
						&& !argument.hasSetDefaultValue())) {
				continue;
			}
			GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
			if (unwrapped instanceof GraphQLFieldsContainer nested) {
				if (depth < 4) {
					fields.add(field.getName() + " { " + selectAll(nested, depth + 1) + " }");
				}
			}
			else {
				fields.add(field.getName());
			}
		}
		return String.join(" ", fields);
	}

	/** Ids, names and phone numbers of every student, household and guardian. */
	private Set<String> personalValues() {
		Set<String> values = new HashSet<>();
		for (Document student : this.mongo.find(new Query(), Document.class, "students")) {
			values.add(student.getString("_id"));
			values.add(student.getString("name"));
			values.add(student.getString("householdId"));
		}
		for (Document household : this.mongo.find(new Query(), Document.class, "households")) {
			values.add(household.getString("_id"));
			for (Document guardian : household.getList("guardians", Document.class, List.of())) {
				values.add(guardian.getString("name"));
				values.add(guardian.getString("phone"));
			}
		}
		values.remove(null);
		return values;
	}

	private static void collectStrings(Object value, List<String> strings) {
		if (value instanceof String text) {
			strings.add(text);
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> collectStrings(item, strings));
		}
		else if (value instanceof List<?> list) {
			list.forEach((item) -> collectStrings(item, strings));
		}
	}

}
