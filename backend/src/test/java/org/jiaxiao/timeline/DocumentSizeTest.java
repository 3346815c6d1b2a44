package org.jiaxiao.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_3_2;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * A student with ten school years of heavy contact (60 full records a year) keeps a small
 * document: closed years move to the archive, so only two years stay embedded.
 */
class DocumentSizeTest extends ApiTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final int PER_YEAR = 60;

	@Autowired
	private ContactRecorder recorder;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private Clock clock;

	@Test
	void tenYearsOfHeavyContactStayWellUnderTheLimit() {
		String student = studentsOf(as("principal"), CLASS_3_2).get(7);
		Instant now = this.clock.instant();
		List<Contact> history = new ArrayList<>();
		for (int day = 1; day <= 10 * PER_YEAR; day++) {
			Instant at = now.minus(Duration.ofDays(day * 365L / PER_YEAR));
			history.add(Contact.recorded("con_size_" + day, at, at.plusSeconds(3600), "stf_teacher-g3c2",
					ContactForm.HOME_VISIT, ContactKind.FOCUS, "家访：" + "孩子近况良好，作业按时完成，与家长交流了学习计划。".repeat(6),
					List.of(new GuardianMet("gdn_x_1", "王某某", GuardianRelation.MOTHER)), List.of(student), "hh_size",
					new ContactDetails("家中", 60, "心理老师", true, "在校表现积极。".repeat(10), "在家能自主学习。".repeat(10), null,
							"每天阅读二十分钟。".repeat(5), "学习习惯较好，情绪稳定。".repeat(8), "每两周电话回访一次。".repeat(8),
							"家长每晚检查作业。".repeat(5), List.of(new FollowUpAction("电话回访", "班主任", null)), false, null,
							null)));
		}
		this.recorder.importHistorical(history, SHANGHAI);
		long before = bsonSize(student);

		as("principal").document("mutation { archiveClosedSchoolYears { studentsArchived } }").execute();
		long after = bsonSize(student);

		System.out.printf("student document with 10 years x %d full records: %d KB embedded, %d KB after archiving%n",
				PER_YEAR, before / 1024, after / 1024);
		assertThat(after).isLessThan(256 * 1024).isLessThan(before);
		assertThat(this.timeline.allEntries(testPrincipal(), student)).hasSizeGreaterThanOrEqualTo(10 * PER_YEAR);
	}

	private static StaffMember testPrincipal() {
		return new StaffMember("stf_principal", "principal", "张校长", "sch_demo", Set.of(StaffRole.PRINCIPAL), List.of(),
				List.of());
	}

	private long bsonSize(String studentId) {
		Document raw = this.mongo.getCollection("students").find(new Document("_id", studentId)).first();
		return new RawBsonDocument(raw.toBsonDocument(), new BsonDocumentCodec()).getByteBuffer().remaining();
	}

}
