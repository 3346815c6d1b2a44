package org.jiaxiao.platform;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.platform.mongo.FullDiskFilePath;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.jiaxiao.support.StartedApp.http;
import static org.jiaxiao.support.StartedApp.tester;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the disk is full, a write is answered with a clear error, never acknowledged, and
 * health turns DOWN; after a restart with space again, what was acknowledged is there and
 * what was refused is not. The full disk is an H2 file system whose writes fail with "No
 * space left on device" ({@link FullDiskFilePath}), so the test needs no root and runs
 * the same everywhere.
 */
class FullDiskTest {

	private static final String TIMELINE = "query($id: ID!) { student(id: $id) { timeline(first: 50) "
			+ "{ edges { node { id ... on Contact { summary } } } } } }";

	@TempDir
	Path data;

	@AfterEach
	void free() {
		FullDiskFilePath.free();
	}

	@Test
	void aFullDiskRefusesWritesAndTurnsHealthDown() {
		FullDiskFilePath.register();
		String file = FullDiskFilePath.SCHEME + ":" + this.data.resolve("jiaxiao.mv");
		String student;
		String stored;
		try (ConfigurableApplicationContext app = start(file)) {
			HttpGraphQlTester homeroom = tester(app, "homeroom");
			student = homeroom.document("{ viewer { classes { students(first: 1) { edges { node { id } } } } } }")
				.execute()
				.path("viewer.classes[0].students.edges[0].node.id")
				.entity(String.class)
				.get();
			stored = record(homeroom, student, "磁盘满之前").path("recordContact.contact.id").entity(String.class).get();

			FullDiskFilePath.fill();
			record(homeroom, student, "磁盘满之后").errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies(
							(error) -> assertThat(error.getExtensions()).containsEntry("code", "STORAGE_UNAVAILABLE")));
			http(app).get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.is5xxServerError()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN");
		}
		FullDiskFilePath.free();
		try (ConfigurableApplicationContext app = start(file)) {
			HttpGraphQlTester homeroom = tester(app, "homeroom");
			List<Map<String, Object>> entries = homeroom.document(TIMELINE)
				.variable("id", student)
				.execute()
				.path("student.timeline.edges[*].node")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(entries).extracting((entry) -> entry.get("id")).contains(stored);
			assertThat(entries).extracting((entry) -> entry.get("summary")).doesNotContain("磁盘满之后");
			http(app).get().uri("/actuator/health").exchange().expectStatus().isOk();
		}
	}

	static HttpGraphQlTester.Response record(HttpGraphQlTester tester, String student, String summary) {
		return tester
			.document("mutation($input: RecordContactInput!) { recordContact(input: $input) "
					+ "{ contact { id } errors { code } } }")
			.variable("input",
					Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().toString(), "summary", summary))
			.execute();
	}

	static ConfigurableApplicationContext start(String file) {
		return new SpringApplicationBuilder(JiaxiaoApplication.class).run("--server.port=0",
				"--jiaxiao.embedded-mongo.path=" + file, "--jiaxiao.embedded-mongo.in-memory=false",
				"--spring.mongodb.uri=", "--spring.profiles.active=dev", "--jiaxiao.compliance.sweep.enabled=false");
	}

}
