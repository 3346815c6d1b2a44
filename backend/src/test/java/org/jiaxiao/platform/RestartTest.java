package org.jiaxiao.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jiaxiao.JiaxiaoApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.jiaxiao.support.StartedApp.tester;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-command run keeps its data in a file: a contact recorded before a restart is on
 * the timeline after it, and the demo school is not loaded twice. Runs the embedded file
 * store on purpose (the thing under test), whatever MongoDB the other tests use.
 */
class RestartTest {

	@TempDir
	Path data;

	@Test
	void recordsSurviveARestart() {
		Path file = this.data.resolve("jiaxiao.mv");
		String contact;
		String student;
		try (ConfigurableApplicationContext first = start(file)) {
			HttpGraphQlTester homeroom = tester(first, "homeroom");
			student = homeroom.document("{ viewer { classes { students(first: 1) { edges { node { id } } } } } }")
				.execute()
				.path("viewer.classes[0].students.edges[0].node.id")
				.entity(String.class)
				.get();
			contact = homeroom.documentName("recordContact")
				.variable("input",
						Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
								OffsetDateTime.now().toString(), "summary", "重启前的记录"))
				.execute()
				.path("recordContact.contact.id")
				.entity(String.class)
				.get();
		}
		assertThat(Files.exists(file)).isTrue();
		try (ConfigurableApplicationContext second = start(file)) {
			HttpGraphQlTester homeroom = tester(second, "homeroom");
			homeroom.document(
					"query($id: ID!) { student(id: $id) { timeline(first: 1) { edges { node { id ... on Contact { summary } } } } } }")
				.variable("id", student)
				.execute()
				.path("student.timeline.edges[0].node.id")
				.entity(String.class)
				.isEqualTo(contact);
			homeroom.document("{ viewer { classes { students(first: 100) { edges { node { id } } } } } }")
				.execute()
				.path("viewer.classes[0].students.edges")
				.entityList(Object.class)
				.hasSizeLessThan(50);
		}
	}

	private static ConfigurableApplicationContext start(Path file) {
		return new SpringApplicationBuilder(JiaxiaoApplication.class).profiles("dev")
			.run("--server.port=0", "--jiaxiao.embedded-mongo.path=" + file, "--jiaxiao.embedded-mongo.in-memory=false",
					"--spring.mongodb.uri=");
	}

}
