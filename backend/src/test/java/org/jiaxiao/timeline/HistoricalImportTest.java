package org.jiaxiao.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_2_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * The bulk history import stores exactly what the one-by-one import stores (same entry,
 * same counters), and running it again changes nothing: it is the same guarded append,
 * only sent in one bulk write.
 */
class HistoricalImportTest extends ApiTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private ContactRecorder recorder;

	@Autowired
	private MongoTemplate mongo;

	private List<String> students;

	@BeforeEach
	void findStudents() {
		this.students = studentsOf(as("principal"), CLASS_2_1);
	}

	@Test
	void bulkImportStoresWhatSingleImportStores() {
		Instant occurredAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
		String one = this.students.get(0);
		String other = this.students.get(1);
		Document oneBefore = raw(one);
		Document otherBefore = raw(other);
		Contact single = contact(List.of(one), occurredAt);
		Contact bulk = contact(List.of(other), occurredAt);

		this.recorder.importHistorical(single, SHANGHAI);
		assertThat(this.recorder.importHistorical(List.of(bulk), SHANGHAI)).isEqualTo(1);

		assertThat(comparable(entry(raw(other), bulk.id()))).isEqualTo(comparable(entry(raw(one), single.id())));
		String year = String.valueOf(SchoolYears.of(occurredAt, SHANGHAI));
		assertThat(count(raw(one), year)).isEqualTo(count(oneBefore, year) + 1);
		assertThat(count(raw(other), year)).isEqualTo(count(otherBefore, year) + 1);
		assertThat(raw(other).getDate("lastContactAt").toInstant()).isAfterOrEqualTo(occurredAt);
	}

	@Test
	void importingTheSameContactsAgainChangesNothing() {
		Instant occurredAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
		List<String> pair = List.of(this.students.get(2), this.students.get(3));
		List<Contact> contacts = List.of(contact(pair, occurredAt), contact(List.of(pair.get(0)), occurredAt));

		assertThat(this.recorder.importHistorical(contacts, SHANGHAI)).isEqualTo(3);
		Document first = raw(pair.get(0));
		Document second = raw(pair.get(1));
		assertThat(this.recorder.importHistorical(contacts, SHANGHAI)).isZero();

		assertThat(raw(pair.get(0))).isEqualTo(first);
		assertThat(raw(pair.get(1))).isEqualTo(second);
		assertThat(entry(second, contacts.get(0).id())).isNotNull();
	}

	private static Contact contact(List<String> studentIds, Instant occurredAt) {
		return Contact.recorded(Ids.newId("con"), occurredAt, occurredAt.plus(Duration.ofHours(1)), "stf_homeroom",
				ContactForm.HOME_VISIT, ContactKind.ROUTINE, "家访：了解学习环境。",
				List.of(new GuardianMet("gdn_x_1", "王某", GuardianRelation.MOTHER)), studentIds, "hh_x",
				ContactDetails.NONE);
	}

	private Document raw(String studentId) {
		return this.mongo.getCollection("students").find(eq("_id", studentId)).first();
	}

	private static Document entry(Document student, String contactId) {
		return student.getList("timeline", Document.class)
			.stream()
			.filter((entry) -> contactId.equals(entry.get("_id")))
			.findFirst()
			.orElseThrow();
	}

	/** An entry without what differs by design between the two contacts. */
	private static Map<String, Object> comparable(Document entry) {
		Map<String, Object> copy = new HashMap<>(entry);
		copy.remove("_id");
		copy.remove("studentIds");
		return copy;
	}

	private static int count(Document student, String schoolYear) {
		Document counts = student.get("contactCounts", Document.class);
		return (counts != null) ? counts.getInteger(schoolYear, 0) : 0;
	}

}
