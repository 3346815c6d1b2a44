package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * The timeline pages newest first, and its cursor survives entries added between pages.
 */
class TimelinePagingTest extends ApiTest {

	@Test
	void pagesAreNewestFirstWithoutGapsOrRepeats() {
		var principal = as("principal");
		String student = studentsOf(principal, CLASS_2_1).get(3);
		for (int i = 0; i < 5; i++) {
			principal.documentName("recordContact")
				.variable("input",
						Map.of("studentIds", List.of(student), "form", "CONTACT_BOOK", "kind", "ROUTINE", "occurredAt",
								OffsetDateTime.now().minusDays(i * 3L).toString(), "summary", "联系册第" + i + "条"))
				.execute()
				.path("recordContact.errors")
				.entityList(Object.class)
				.hasSize(0);
		}
		List<String> all = principal.documentName("timelineIds")
			.variable("id", student)
			.variable("first", 100)
			.execute()
			.path("student.timeline.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> times = new ArrayList<>();
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = principal.documentName("timelineIds")
				.variable("id", student)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			paged.addAll(page.path("student.timeline.edges[*].node.id").entityList(String.class).get());
			times.addAll(page.path("student.timeline.edges[*].node.occurredAt").entityList(String.class).get());
			more = page.path("student.timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("student.timeline.pageInfo.endCursor").entity(String.class).get();
			if (paged.size() == 2) {
				// A contact recorded between pages (newer than all) must not shift the
				// next page.
				principal.documentName("recordContact")
					.variable("input",
							Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
									OffsetDateTime.now().toString(), "summary", "翻页期间的新记录"))
					.execute();
			}
		}
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		assertThat(paged).isEqualTo(all);
		assertThat(times.stream().map(OffsetDateTime::parse).toList())
			.isSortedAccordingTo(Comparator.comparing(OffsetDateTime::toInstant).reversed());
	}

}
