package org.jiaxiao.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Export and erasure with the retention period set to zero, so the demo's recent records
 * may go: the export holds everything, erasure removes every identifying word and keeps
 * the entries and counts.
 */
@TestPropertySource(properties = "jiaxiao.privacy.retention=0s")
class ErasureTest extends ApiTest {

	@Autowired
	private MongoTemplate mongo;

	private static final String STUDENT = """
			query($id: ID!) { student(id: $id) { id name contactsThisYear focusCategories
			  household { id address situation { economy } guardians { name phone } }
			  timeline(first: 50) { edges { node { id ... on Contact { summary guardiansMet { name } } } } } } }""";

	@Test
	void theExportHoldsEverythingAndErasureKeepsOnlyAnonymousEntries() {
		var principal = as("principal");
		String studentId = studentsOf(principal, CLASS_2_1).stream()
			.filter((id) -> principal.document("query($id: ID!) { student(id: $id) { contactsThisYear } }")
				.variable("id", id)
				.execute()
				.path("student.contactsThisYear")
				.entity(Integer.class)
				.get() > 0)
			.findFirst()
			.orElseThrow();
		var before = principal.document(STUDENT).variable("id", studentId).execute();
		String householdId = before.path("student.household.id").entity(String.class).get();
		String name = before.path("student.name").entity(String.class).get();
		int contacts = before.path("student.contactsThisYear").entity(Integer.class).get();
		List<String> entries = before.path("student.timeline.edges[*].node.id").entityList(String.class).get();

		String export = principal.document("query($id: ID!) { householdExport(householdId: $id) }")
			.variable("id", householdId)
			.execute()
			.path("householdExport")
			.entity(String.class)
			.get();
		assertThat(export).contains(name, householdId, entries.get(0), "guardians", "timelines", "accessHistory");

		principal.document(
				"mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { household { id } errors { code } } }")
			.variable("input", Map.of("householdId", householdId, "reason", "家长书面申请删除"))
			.execute()
			.path("eraseHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);

		var after = principal.document(STUDENT).variable("id", studentId).execute();
		after.path("student.name").entity(String.class).isEqualTo("（已匿名）");
		after.path("student.contactsThisYear").entity(Integer.class).isEqualTo(contacts);
		after.path("student.timeline.edges[*].node.id").entityList(String.class).isEqualTo(entries);
		after.path("student.timeline.edges[*].node.summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).containsOnly("［已按家长要求删除］"));
		after.path("student.timeline.edges[*].node.guardiansMet[*]").entityList(Object.class).hasSize(0);
		after.path("student.household.address").valueIsNull();
		after.path("student.household.situation").valueIsNull();
		after.path("student.household.guardians[*].phone")
			.entityList(Object.class)
			.satisfies((phones) -> assertThat(phones).containsOnlyNulls());
		after.path("student.household.guardians[*].name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsOnly("（已匿名）"));
	}

	@Test
	void entriesMovedOutOfAGrownDocumentAreErasedToo() {
		var principal = as("principal");
		String studentId = studentsOf(principal, CLASS_1_2).get(15);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String record = "mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } } }";
		// A dozen of the largest contacts take the document past its budget: the oldest
		// move to the overflow.
		for (int i = 1; i <= 12; i++) {
			Map<String, Object> input = new java.util.HashMap<>();
			input.put("studentIds", List.of(studentId));
			input.put("form", "HOME_VISIT");
			input.put("kind", "FOCUS");
			input.put("occurredAt", now.minus(i, ChronoUnit.HOURS).toString());
			input.put("summary", "访".repeat(2000));
			for (String field : List.of("schoolReport", "familyReport", "familySituationObserved", "analysis",
					"countermeasure", "agreedMeasures")) {
				input.put(field, "记".repeat(1000));
			}
			principal.document(record).variable("input", input).execute().path("recordContact.contact.id").hasValue();
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("studentId").is(studentId)), "timeline_overflow"))
			.isPositive();
		String householdId = principal.document("query($id: ID!) { student(id: $id) { household { id } } }")
			.variable("id", studentId)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();

		principal.document(
				"mutation($input: EraseHouseholdInput!) { eraseHousehold(input: $input) { household { id } errors { code } } }")
			.variable("input", Map.of("householdId", householdId, "reason", "家长书面申请删除"))
			.execute()
			.path("eraseHousehold.errors")
			.entityList(Object.class)
			.hasSize(0);

		principal.document("""
				query($id: ID!) { student(id: $id) { timeline(first: 100) { edges { node {
				  ... on Contact { summary guardiansMet { name } } } } } } }""")
			.variable("id", studentId)
			.execute()
			.path("student.timeline.edges[*].node.summary")
			.entityList(String.class)
			.satisfies((summaries) -> assertThat(summaries).hasSizeGreaterThanOrEqualTo(12).containsOnly("［已按家长要求删除］"));
		for (Document moved : this.mongo.find(Query.query(Criteria.where("studentId").is(studentId)), Document.class,
				"timeline_overflow")) {
			Document entry = moved.get("entry", Document.class);
			assertThat(entry.getString("summary")).isEqualTo("［已按家长要求删除］");
			assertThat(entry).doesNotContainKey("details");
		}
	}

}
