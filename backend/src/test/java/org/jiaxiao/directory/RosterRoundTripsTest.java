package org.jiaxiao.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.CommandCounting.Commands;
import org.jiaxiao.support.CommandCounting.CountCommands;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;

/**
 * The class roster screen, as the SPA asks for it (its own document), reads MongoDB twice
 * whatever the size of the class: its students, then their open tasks (one query for the
 * page, not one per student). The staff member behind the token, the class, its homeroom
 * teacher and the school come from the directory's short-lived cache, read once per time
 * to live (the first request here). Reading the focus categories adds one audit event,
 * written off the request thread: exactly one insert, whatever the size of the class.
 * Counted by a driver {@link CommandListener} on the app's own client; the compliance
 * sweep, a background writer, is off so only the request's commands are counted.
 */
@Import(CountCommands.class)
@TestPropertySource(properties = "jiaxiao.compliance.sweep.enabled=false")
class RosterRoundTripsTest extends ApiTest {

	private static final Path SPA_ROSTER = Path.of("../frontend/src/features/classes/api/classRoster.graphql");

	@Autowired
	private Commands commands;

	@Autowired
	private MongoTemplate mongo;

	private static final String AUDIT_INSERT = "insert audit_events";

	@Autowired
	private AuditLog audit;

	@Test
	void aClassOfFortyReadsItsStudentsAndTheirTasksOnceAndAuditsOnce() throws IOException {
		List<String> sent = countedRoster(as("homeroom"), CLASS_1_1, 36);
		assertThat(reads(sent)).as("reads for one roster of class %s", CLASS_1_1)
			.containsExactlyInAnyOrder("find students", "find obligations");
		assertThat(sent).as("audit events for the focus categories shown").containsOnlyOnce(AUDIT_INSERT);
	}

	@Test
	void aClassOfOneCostsTheSame() throws IOException {
		// A school of its own, so other test classes sharing a real database never see
		// it.
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String schoolId = "sch_rt_" + suffix;
		String classId = "cls_rt_" + suffix;
		String username = "rt-homeroom-" + suffix;
		this.mongo.insert(new School(schoolId, "单人班学校 " + suffix, "Asia/Shanghai"));
		this.mongo.insert(new StaffMember("stf_" + username, username, "单人班主任", schoolId,
				Set.of(StaffRole.HOMEROOM_TEACHER), List.of(), List.of(new TeachingAssignment(classId, "语文", true))));
		this.mongo.insert(new SchoolClass(classId, schoolId, 1, "一年级1班", "stf_" + username));
		this.mongo.insert(new Household("hh_rt_" + suffix, schoolId,
				List.of(new Guardian("g1", "家长", GuardianRelation.MOTHER, "13800000000", ContactChannel.PHONE)),
				"某区某街道", null, null));
		this.mongo.insert(new Student("stu_rt_" + suffix, schoolId, classId, 1, "001", "单人", Gender.FEMALE,
				"hh_rt_" + suffix, null, null, null));

		List<String> one = countedRoster(as(username), classId, 1);
		List<String> forty = countedRoster(as("homeroom"), CLASS_1_1, 36);
		assertThat(reads(one)).as("reads for a class of one")
			.hasSizeLessThanOrEqualTo(2)
			.containsExactlyInAnyOrderElementsOf(reads(forty));
		assertThat(one).as("commands for a class of one").hasSameSizeAs(forty).containsOnlyOnce(AUDIT_INSERT);
	}

	/** The commands sent while answering, without the audit writer's insert. */
	private static List<String> reads(List<String> sent) {
		return sent.stream().filter((command) -> !command.equals(AUDIT_INSERT)).toList();
	}

	/**
	 * The commands one roster request sends once the directory's cache holds the viewer
	 * and the class, its audit event stored, after checking the answer has the class's
	 * rows.
	 */
	private List<String> countedRoster(HttpGraphQlTester viewer, String classId, int atLeastRows) throws IOException {
		String document = Files.readString(SPA_ROSTER, StandardCharsets.UTF_8);
		// The first request of a viewer reads the directory records the cache keeps.
		roster(viewer, document, classId);
		this.audit.flush();
		this.commands.clear();
		int rows = roster(viewer, document, classId);
		this.audit.flush();
		List<String> sent = this.commands.sent();
		assertThat(rows).isGreaterThanOrEqualTo(atLeastRows);
		return sent;
	}

	private static int roster(HttpGraphQlTester viewer, String document, String classId) {
		return viewer.document(document)
			.variable("id", classId)
			.variable("first", 50)
			.execute()
			.path("class.students.edges[*].node.id")
			.entityList(String.class)
			.get()
			.size();
	}

}
