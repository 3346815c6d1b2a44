package org.jiaxiao.policy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Every contact kind of the schema through {@code recordContact}: a secondary school
 * records each one and reads it back; the demo school, a primary school, records its
 * three and refuses 普访, 随访 and 定访 with NOT_IN_POLICY instead of failing inside.
 */
class ContactKindsTest extends ComplianceApiTest {

	private static final Set<String> SECONDARY_ONLY = Set.of("GENERAL_VISIT", "FOLLOW_UP", "SCHEDULED");

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void aSecondarySchoolRecordsEveryKindOfTheSchemaAndReadsItBack() {
		TestSchool school = school(PolicyPreset.SECONDARY, 1, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		List<String> kinds = schemaKinds();
		assertThat(kinds).containsAll(SECONDARY_ONLY);
		for (String kind : kinds) {
			GraphQlTester.Response response = record(homeroom, school.student(0), kind);
			response.path("recordContact.errors").entityList(Object.class).hasSize(0);
			response.path("recordContact.contact.kind").entity(String.class).isEqualTo(kind);
		}
	}

	@Test
	void aPrimarySchoolRefusesTheSecondarySchoolKindsWithAUserError() {
		HttpGraphQlTester homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(5);
		for (String kind : schemaKinds()) {
			GraphQlTester.Response response = record(homeroom, student, kind);
			response.errors().verify();
			if (SECONDARY_ONLY.contains(kind)) {
				response.path("recordContact.contact").valueIsNull();
				response.path("recordContact.errors[0].code").entity(String.class).isEqualTo("NOT_IN_POLICY");
				response.path("recordContact.errors[0].field").entityList(String.class).contains("kind");
			}
			else {
				response.path("recordContact.errors").entityList(Object.class).hasSize(0);
				response.path("recordContact.contact.kind").entity(String.class).isEqualTo(kind);
			}
		}
	}

	@Test
	void aPrimarySchoolRefusesToAmendAContactToASecondarySchoolKind() {
		HttpGraphQlTester homeroom = as("homeroom");
		String student = studentsOf(as("principal"), CLASS_1_1).get(5);
		String contact = record(homeroom, student, "ROUTINE").path("recordContact.contact.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response amended = homeroom.document("""
				mutation($input: AmendContactInput!) { amendContact(input: $input) {
				  contact { kind } errors { code field } } }""")
			.variable("input", Map.of("contactId", contact, "expectedVersion", 0, "kind", "FOLLOW_UP"))
			.execute();
		amended.path("amendContact.contact").valueIsNull();
		amended.path("amendContact.errors[0].code").entity(String.class).isEqualTo("NOT_IN_POLICY");
	}

	private List<String> schemaKinds() {
		GraphQLEnumType type = (GraphQLEnumType) this.graphQlSource.schema().getType("ContactKind");
		return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
	}

	private GraphQlTester.Response record(HttpGraphQlTester teacher, String student, String kind) {
		return teacher.documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(student), "form", "PHONE", "kind", kind, "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", "电话沟通（" + kind + "）", "analysis",
							"分析", "countermeasure", "对策"))
			.execute();
	}

}
