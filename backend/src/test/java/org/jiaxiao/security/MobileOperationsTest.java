package org.jiaxiao.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.support.ApiTest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.security.PersistedQueryTest.apq;
import static org.jiaxiao.security.PersistedQueryTest.sha256;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * The mobile app's operations, as {@code docs/mobile.md} shows them: every registered
 * document under {@code persisted-queries/} is sent by its SHA-256 alone (Apollo APQ), as
 * the homeroom teacher, and answers without errors; a retried write with the same
 * idempotency key returns the first result. A new registered document fails this test
 * until it is run here.
 */
class MobileOperationsTest extends ApiTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Set<String> run = new TreeSet<>();

	@Test
	void everyRegisteredDocumentRunsByHash() throws IOException {
		String student = studentsOf(as("principal"), CLASS_1_1).get(5);
		String now = OffsetDateTime.now().minusMinutes(20).toString();
		assertThat(byHash("Viewer", Map.of()).at("/viewer/username").asString()).isEqualTo("homeroom");
		assertThat(byHash("ClassRoster", Map.of("classId", CLASS_1_1, "first", 10)).at("/class/students/edges"))
			.hasSize(10);
		assertThat(byHash("StudentTimeline", Map.of("id", student, "first", 5)).at("/student/id").asString())
			.isEqualTo(student);
		Map<String, Object> contact = Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE",
				"occurredAt", now, "summary", "电话沟通近期作业情况。", "idempotencyKey", "mobile-" + System.nanoTime());
		String contactId = byHash("RecordContact", Map.of("input", contact)).at("/recordContact/contact/id").asString();
		String retried = byHash("RecordContact", Map.of("input", contact)).at("/recordContact/contact/id").asString();
		assertThat(retried).isEqualTo(contactId);
		JsonNode amended = byHash("AmendContact",
				Map.of("input", Map.of("contactId", contactId, "expectedVersion", 0, "summary", "电话沟通作业与阅读情况。")));
		assertThat(amended.at("/amendContact/contact/version").asInt()).isEqualTo(1);
		JsonNode retracted = byHash("RetractContact",
				Map.of("input", Map.of("contactId", contactId, "reason", "重复记录", "idempotencyKey", "r-" + contactId)));
		assertThat(retracted.at("/retractContact/contact/retraction/reason").asString()).isEqualTo("重复记录");
		JsonNode incident = byHash("RecordIncident", Map.of("input", Map.of("studentIds", List.of(student), "kind",
				"ILLNESS_ABSENCE", "occurredAt", now, "description", "发烧请假", "days", 2, "reportedBy", "母亲")));
		assertThat(incident.at("/recordIncident/errors")).isEmpty();
		JsonNode note = byHash("AddNote", Map.of("input", Map.of("studentId", student, "text", "课堂发言积极。")));
		assertThat(note.at("/addNote/note/text").asString()).isEqualTo("课堂发言积极。");
		JsonNode changes = byHash("SyncChanges", Map.of("first", 10));
		assertThat(changes.at("/changes/changes")).hasSize(10);
		Set<String> registered = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:persisted-queries/*.graphql")) {
			registered.add(resource.getFilename().replace(".graphql", ""));
		}
		assertThat(this.run).isEqualTo(registered);
	}

	/**
	 * Sends only the document's hash and variables; returns {@code data}, failing on
	 * errors.
	 */
	private JsonNode byHash(String name, Map<String, Object> variables) throws IOException {
		String document = new ClassPathResource("persisted-queries/" + name + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Object> body = new HashMap<>();
		body.put("variables", variables);
		body.put("extensions", apq(sha256(document)));
		byte[] response = this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token("homeroom"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		JsonNode root = this.json.readTree(response);
		assertThat(root.path("errors").isMissingNode()).as(name + ": " + root).isTrue();
		this.run.add(name);
		return root.path("data");
	}

}
