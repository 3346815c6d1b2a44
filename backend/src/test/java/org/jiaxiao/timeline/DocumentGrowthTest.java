package org.jiaxiao.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.CommandCounting.Commands;
import org.jiaxiao.support.CommandCounting.CountCommands;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * One teacher recording many of the largest contacts the API accepts on one student: the
 * student document stays under its byte budget (the oldest entries move to the overflow),
 * every entry stays readable in order through the timeline's pages, and a page, like the
 * class roster, reads a bounded amount however much the student has.
 */
@Import(CountCommands.class)
class DocumentGrowthTest extends ApiTest {

	private static final int CONTACTS = 40;

	private static final String RECORD = "mutation($input: RecordContactInput!) { recordContact(input: $input) { "
			+ "contact { id occurredAt } errors { code field } } }";

	/** The largest entry the API accepts, with room for its ids and field names. */
	private static final long LARGEST_ENTRY = 48 * 1024;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private TimelineOverflow overflow;

	@Autowired
	private Commands commands;

	@Test
	void manyLargestContactsKeepTheDocumentUnderBudgetAndEveryEntryReadableInOrder() {
		var principal = as("principal");
		String student = studentsOf(principal, CLASS_1_2).get(17);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Instant> recorded = new LinkedHashMap<>();
		for (int i = 1; i <= CONTACTS; i++) {
			Instant at = now.minus(i * 7L, ChronoUnit.HOURS);
			String id = principal.document(RECORD)
				.variable("input", largestContact(student, at))
				.execute()
				.path("recordContact.errors")
				.entityList(Object.class)
				.hasSize(0)
				.path("recordContact.contact.id")
				.entity(String.class)
				.get();
			recorded.put(id, at);
		}

		long size = storedSize(student);
		System.out.printf("student document after %d of the largest contacts: %d KB (budget %d KB)%n", CONTACTS,
				size / 1024, this.overflow.budget() / 1024);
		assertThat(size).isLessThan(this.overflow.budget() + 16 * 1024);

		List<Instant> times = new ArrayList<>();
		List<String> ids = pageThrough(principal, student, times);
		assertThat(ids).doesNotHaveDuplicates().containsAll(recorded.keySet());
		assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
		List<String> ours = ids.stream().filter(recorded::containsKey).toList();
		assertThat(ours).isEqualTo(recorded.keySet().stream().toList());
	}

	@Test
	void aTimelinePageAndTheRosterReadABoundedAmount() {
		var principal = as("principal");
		String student = studentsOf(principal, CLASS_1_2).get(16);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 1; i <= CONTACTS; i++) {
			principal.document(RECORD)
				.variable("input", largestContact(student, now.minus(i * 5L, ChronoUnit.HOURS)))
				.execute()
				.path("recordContact.contact.id")
				.hasValue();
		}
		// A page deep in the history, where the entries are in the overflow.
		String after = null;
		for (int page = 0; page < 5; page++) {
			after = timelinePage(principal, student, 5, after).path("student.timeline.pageInfo.endCursor")
				.entity(String.class)
				.get();
		}
		this.commands.clear();
		timelinePage(principal, student, 5, after).path("student.timeline.edges").entityList(Object.class).hasSize(5);
		long pageBytes = this.commands.replyBytes();

		this.commands.clear();
		principal.documentName("roster")
			.variable("classId", CLASS_1_2)
			.variable("first", 50)
			.execute()
			.path("class.students.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(16);
		long rosterBytes = this.commands.replyBytes();

		System.out.printf("with %d of the largest contacts: a deep page of 5 read %d KB, the roster %d KB%n", CONTACTS,
				pageBytes / 1024, rosterBytes / 1024);
		// The embedded entries are all newer than the cursor: none is read, only the
		// page's
		// worth (and one more) from the overflow.
		assertThat(pageBytes).isLessThan((5 + 2) * LARGEST_ENTRY);
		assertThat(rosterBytes).as("the roster reads no timelines").isLessThan(64 * 1024);
	}

	private static Map<String, Object> largestContact(String student, Instant at) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("studentIds", List.of(student));
		input.put("form", "HOME_VISIT");
		input.put("kind", "FOCUS");
		input.put("occurredAt", at.toString());
		input.put("summary", "访".repeat(ContactRules.MAX_SUMMARY));
		input.put("place", "家".repeat(ContactRules.MAX_SHORT));
		input.put("otherParticipants", "人".repeat(ContactRules.MAX_SHORT));
		for (String field : List.of("schoolReport", "familyReport", "familySituationObserved", "homeLearningGuidance",
				"analysis", "countermeasure", "agreedMeasures")) {
			input.put(field, "记".repeat(ContactRules.MAX_DETAIL));
		}
		input.put("needsSchool", false);
		List<Map<String, String>> followUps = new ArrayList<>();
		for (int i = 0; i < ContactRules.MAX_FOLLOW_UPS; i++) {
			followUps.add(Map.of("action", "做".repeat(ContactRules.MAX_FOLLOW_UP_ACTION), "owner",
					"师".repeat(ContactRules.MAX_FOLLOW_UP_OWNER)));
		}
		input.put("followUps", followUps);
		return input;
	}

	private static HttpGraphQlTester.Response timelinePage(HttpGraphQlTester tester, String student, int first,
			String after) {
		return tester.documentName("timelineIds")
			.variable("id", student)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private static List<String> pageThrough(HttpGraphQlTester tester, String student, List<Instant> times) {
		List<String> ids = new ArrayList<>();
		String after = null;
		boolean more = true;
		var seenCursors = new HashSet<String>();
		while (more) {
			var page = timelinePage(tester, student, 7, after);
			ids.addAll(page.path("student.timeline.edges[*].node.id").entityList(String.class).get());
			page.path("student.timeline.edges[*].node.occurredAt")
				.entityList(String.class)
				.get()
				.forEach((at) -> times.add(Instant.parse(at)));
			more = page.path("student.timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("student.timeline.pageInfo.endCursor").entity(String.class).get();
			assertThat(seenCursors.add(String.valueOf(after))).as("the pages move on").isTrue();
		}
		return ids;
	}

	private long storedSize(String studentId) {
		Document raw = this.mongo.getCollection("students").find(new Document("_id", studentId)).first();
		return new RawBsonDocument(raw.toBsonDocument(), new BsonDocumentCodec()).getByteBuffer().remaining();
	}

}
