package org.jiaxiao.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.AccessScope;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Closing school years: entries older than the previous school year move to the archive,
 * the timeline pages across both without a seam, and a run cut off between copy and
 * removal is completed by running it again — nothing lost, nothing doubled.
 */
class ArchiveTest extends ApiTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private ContactRecorder recorder;

	@Autowired
	private TimelineArchive archive;

	@Autowired
	private TimelineStore store;

	@Test
	void oldYearsMoveToTheArchiveAndTheTimelinePagesAcrossBoth() {
		var principal = as("principal");
		String student = studentsOf(principal, CLASS_2_1).get(5);
		// Three school years back: history imported as it was written then.
		List<Contact> old = List.of(contact(student, "2023-10-10T02:00:00Z"), contact(student, "2024-03-10T02:00:00Z"));
		this.recorder.importHistorical(old, SHANGHAI);
		List<String> before = pageThrough(principal, student);
		assertThat(before).contains(old.get(0).id(), old.get(1).id());

		// A crash after the copy, before the removal: the entries are in both places for
		// a while.
		Map<Integer, List<TimelineEntry>> byYear = Map.of(2023, List.of(old.get(0), old.get(1)));
		this.archive.copy(student, byYear);
		assertThat(pageThrough(principal, student)).isEqualTo(before);

		principal.document("mutation { archiveClosedSchoolYears { studentsArchived errors { code } } }")
			.execute()
			.path("archiveClosedSchoolYears.studentsArchived")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isGreaterThanOrEqualTo(1));
		principal.document("mutation { archiveClosedSchoolYears { studentsArchived } }")
			.execute()
			.path("archiveClosedSchoolYears.studentsArchived")
			.entity(Integer.class)
			.isEqualTo(0);

		var live = this.store.entries(student, principalScope()).orElseThrow();
		assertThat(live).extracting(TimelineEntry::id).doesNotContain(old.get(0).id(), old.get(1).id());
		assertThat(this.archive.entries(student)).extracting(TimelineEntry::id)
			.containsExactlyInAnyOrder(old.get(0).id(), old.get(1).id());
		assertThat(pageThrough(principal, student)).isEqualTo(before);
	}

	private static AccessScope principalScope() {
		return new AccessScope("sch_demo", true, Set.of(), Set.of());
	}

	private static List<String> pageThrough(HttpGraphQlTester tester, String student) {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = tester.documentName("timelineIds")
				.variable("id", student)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			ids.addAll(page.path("student.timeline.edges[*].node.id").entityList(String.class).get());
			more = page.path("student.timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("student.timeline.pageInfo.endCursor").entity(String.class).get();
		}
		return ids;
	}

	private static Contact contact(String student, String at) {
		Instant occurredAt = Instant.parse(at);
		return Contact.recorded("con_old_" + student + "_" + occurredAt.getEpochSecond(), occurredAt,
				occurredAt.plusSeconds(3600), "stf_teacher-g2c1", ContactForm.PHONE, ContactKind.ROUTINE, "往年的电话联系。",
				List.of(), List.of(student), "hh_0001", ContactDetails.NONE);
	}

}
