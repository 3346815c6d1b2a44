package org.jiaxiao.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.CommandCounting.Commands;
import org.jiaxiao.support.CommandCounting.CountCommands;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * A student's timeline page, as the SPA asks for it (its own document), costs the same
 * reads for 2 entries as for 15 (all of this school year): the entries' authors come from
 * the directory's cache and the students their contacts name from one batched read, never
 * one per entry. Counted by a driver {@link com.mongodb.event.CommandListener} on the
 * app's own client, with the compliance sweep off.
 */
@Import(CountCommands.class)
@TestPropertySource(properties = "jiaxiao.compliance.sweep.enabled=false")
class TimelineRoundTripsTest extends ApiTest {

	private static final Path SPA_TIMELINE = Path.of("../frontend/src/features/timeline/api/timeline.graphql");

	@Autowired
	private Commands commands;

	@Test
	void aPageOfFifteenReadsAsMuchAsAPageOfTwo() throws IOException {
		var homeroom = as("homeroom");
		String student = studentsOf(homeroom, CLASS_1_1).get(0);
		for (int i = 0; i < 20; i++) {
			homeroom.documentName("recordContact")
				.variable("input",
						Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
								OffsetDateTime.now().minusHours(i + 1L).toString(), "summary", "电话第" + i + "次"))
				.execute()
				.path("recordContact.errors")
				.entityList(Object.class)
				.hasSize(0);
		}
		List<String> two = countedPage(homeroom, student, 2);
		List<String> fifteen = countedPage(homeroom, student, 15);
		// The student, their timeline's page, the students the page's contacts name.
		assertThat(two).as("reads for a page of 2").hasSize(3);
		assertThat(fifteen).as("reads for a page of 15").containsExactlyInAnyOrderElementsOf(two);
	}

	private List<String> countedPage(HttpGraphQlTester viewer, String student, int first) throws IOException {
		String document = Files.readString(SPA_TIMELINE, StandardCharsets.UTF_8);
		// The first request fills the directory's cache; the counted one is the next.
		page(viewer, document, student, first);
		this.commands.clear();
		page(viewer, document, student, first);
		return this.commands.sent().stream().filter((command) -> !command.startsWith("insert audit")).toList();
	}

	private static void page(HttpGraphQlTester viewer, String document, String student, int first) {
		viewer.document(document)
			.operationName("StudentTimeline")
			.variable("id", student)
			.variable("first", first)
			.execute()
			.path("student.timeline.edges")
			.entityList(Object.class)
			.hasSize(first);
	}

}
