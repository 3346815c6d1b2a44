package org.jiaxiao.meeting;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Class meetings through the API: who records them, what a record must hold, retries, the
 * class's list (newest first, by term and kind, paged) from which the next committee
 * meeting reads the last one's resolutions, and {@code node(id)} per role.
 */
class MeetingsTest extends ComplianceApiTest {

	private static final String MEETINGS = """
			query($id: ID!, $term: TermRefInput, $kinds: [MeetingKind!], $first: Int, $after: String) {
			  class(id: $id) { meetings(term: $term, kinds: $kinds, first: $first, after: $after) {
			    totalCount edges { cursor node { id kind heldOn topic resolutions } } pageInfo { hasNextPage endCursor } } } }""";

	private static final String NODE = """
			query($id: ID!) { node(id: $id) { __typename id ... on Meeting { kind topic class { id } recordedBy { id } } } }""";

	@Autowired
	private AuditLog audit;

	@Test
	void theNextCommitteeMeetingReadsTheLastOnesResolutions() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		var first = record(homeroom,
				input("classId", school.schoolClass.id(), "kind", "PARENT_COMMITTEE", "heldOn", "2025-10-17", "topic",
						"秋游与图书角", "minutes", "到会家委 7 人。", "resolutions", List.of("11 月组织秋游", "  ", "每个家庭捐书 1–2 本 "),
						"attendeeCount", 7));
		first.path("recordMeeting.errors").entityList(Object.class).hasSize(0);
		first.path("recordMeeting.meeting.resolutions")
			.entityList(String.class)
			.containsExactly("11 月组织秋游", "每个家庭捐书 1–2 本");
		first.path("recordMeeting.meeting.recordedBy.id").entity(String.class).isEqualTo(school.homeroom.id());
		first.path("recordMeeting.meeting.class.id").entity(String.class).isEqualTo(school.schoolClass.id());
		record(homeroom, parentMeeting(school, "2025-12-19")).path("recordMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);

		// What the form shows when the next committee meeting is recorded.
		var last = homeroom.document(MEETINGS)
			.variable("id", school.schoolClass.id())
			.variable("kinds", List.of("PARENT_COMMITTEE"))
			.variable("first", 1)
			.execute();
		last.path("class.meetings.edges[0].node.heldOn").entity(String.class).isEqualTo("2025-10-17");
		last.path("class.meetings.edges[0].node.resolutions")
			.entityList(String.class)
			.containsExactly("11 月组织秋游", "每个家庭捐书 1–2 本");

		record(homeroom,
				input("classId", school.schoolClass.id(), "kind", "PARENT_COMMITTEE", "heldOn", "2026-04-17", "topic",
						"决议落实", "minutes", "秋游已完成；收书 86 本。"))
			.path("recordMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
		var all = homeroom.document(MEETINGS).variable("id", school.schoolClass.id()).execute();
		all.path("class.meetings.totalCount").entity(Integer.class).isEqualTo(3);
		all.path("class.meetings.edges[*].node.heldOn")
			.entityList(String.class)
			.containsExactly("2026-04-17", "2025-12-19", "2025-10-17");
		var autumn = homeroom.document(MEETINGS)
			.variable("id", school.schoolClass.id())
			.variable("term", Map.of("schoolYear", 2025, "number", 1))
			.execute();
		autumn.path("class.meetings.edges[*].node.heldOn")
			.entityList(String.class)
			.containsExactly("2025-12-19", "2025-10-17");
	}

	@Test
	void pagesFollowEachOtherNewestFirst() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		for (String day : List.of("2025-09-12", "2025-11-14", "2025-11-14", "2026-03-06", "2026-06-26")) {
			record(homeroom, parentMeeting(school, day));
		}
		var page1 = homeroom.document(MEETINGS).variable("id", school.schoolClass.id()).variable("first", 2).execute();
		page1.path("class.meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = page1.path("class.meetings.pageInfo.endCursor").entity(String.class).get();
		var page2 = homeroom.document(MEETINGS)
			.variable("id", school.schoolClass.id())
			.variable("first", 2)
			.variable("after", cursor)
			.execute();
		var page3 = homeroom.document(MEETINGS)
			.variable("id", school.schoolClass.id())
			.variable("first", 2)
			.variable("after", page2.path("class.meetings.pageInfo.endCursor").entity(String.class).get())
			.execute();
		page3.path("class.meetings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> days = new java.util.ArrayList<>();
		List<String> ids = new java.util.ArrayList<>();
		for (GraphQlTester.Response page : List.of(page1, page2, page3)) {
			days.addAll(page.path("class.meetings.edges[*].node.heldOn").entityList(String.class).get());
			ids.addAll(page.path("class.meetings.edges[*].node.id").entityList(String.class).get());
		}
		assertThat(days).containsExactly("2026-06-26", "2026-03-06", "2025-11-14", "2025-11-14", "2025-09-12");
		assertThat(ids).doesNotHaveDuplicates();
	}

	@Test
	void theHomeroomTeacherGradeLeaderPrincipalAndDeyuRecordOthersAreRefused() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		StaffMember deyu = school.staffWith(this.mongo, "deyu", StaffRole.MORAL_EDUCATION);
		StaffMember analyst = school.staffWith(this.mongo, "analyst", StaffRole.ANALYST);
		StaffMember otherHomeroom = school.otherClassHomeroom(this.mongo);
		for (StaffMember may : List.of(school.homeroom, school.gradeLeader, school.principal, deyu)) {
			record(as(may.username()), parentMeeting(school, "2026-03-06")).path("recordMeeting.errors")
				.entityList(Object.class)
				.hasSize(0);
		}
		// The subject teacher sees the class but does not run its meetings.
		var subject = record(as(school.subject.username()), parentMeeting(school, "2026-03-06"));
		subject.path("recordMeeting.meeting").valueIsNull();
		subject.path("recordMeeting.errors[0].code").entity(String.class).isEqualTo("NOT_ALLOWED");
		subject.path("recordMeeting.errors[0].field").entityList(String.class).containsExactly("input", "classId");
		// Another class's teacher does not see it at all.
		record(as(otherHomeroom.username()), parentMeeting(school, "2026-03-06")).path("recordMeeting.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		record(as(analyst.username()), parentMeeting(school, "2026-03-06")).errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();

		as(school.subject.username()).document(MEETINGS)
			.variable("id", school.schoolClass.id())
			.execute()
			.path("class.meetings.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
		this.audit.flush();
		assertThat(this.mongo.count(query(where("schoolId").is(school.id).and("operation").is("recordMeeting")),
				"audit_events"))
			.isEqualTo(4);
	}

	@Test
	void aRecordNeedsATopicAPastDayAndForACommitteeMeetingTheMinutes() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		String tomorrow = LocalDate.now(TestSchool.SHANGHAI).plusDays(1).toString();
		var refused = record(homeroom, input("classId", school.schoolClass.id(), "kind", "PARENT_COMMITTEE", "heldOn",
				tomorrow, "topic", " ", "resolutions", Collections.nCopies(21, "决议"), "attendeeCount", -1));
		refused.path("recordMeeting.meeting").valueIsNull();
		assertThat(refused.path("recordMeeting.errors[*].field[1]").entityList(String.class).get())
			.containsExactlyInAnyOrder("topic", "minutes", "resolutions", "attendeeCount", "heldOn");
		refused.path("recordMeeting.errors[?(@.field[1] == 'minutes')].code")
			.entityList(String.class)
			.containsExactly("REQUIRED");
		refused.path("recordMeeting.errors[?(@.field[1] == 'heldOn')].code")
			.entityList(String.class)
			.containsExactly("IN_THE_FUTURE");
		// A parent meeting needs no minutes.
		record(homeroom, parentMeeting(school, LocalDate.now(TestSchool.SHANGHAI).toString()))
			.path("recordMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aRetryWithTheSameKeyRecordsOnceAndTheKeyWithOtherInputIsRefused() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		Map<String, Object> input = input("classId", school.schoolClass.id(), "kind", "PARENT_MEETING", "heldOn",
				"2026-03-06", "topic", "家长会", "idempotencyKey", "mtg-retry-1");
		String first = record(homeroom, input).path("recordMeeting.meeting.id").entity(String.class).get();
		String again = record(homeroom, input).path("recordMeeting.meeting.id").entity(String.class).get();
		assertThat(again).isEqualTo(first);
		assertThat(this.mongo.count(query(where("classId").is(school.schoolClass.id())), "meetings")).isEqualTo(1);
		Map<String, Object> other = input("classId", school.schoolClass.id(), "kind", "PARENT_MEETING", "heldOn",
				"2026-03-07", "topic", "家长会", "idempotencyKey", "mtg-retry-1");
		record(homeroom, other).path("recordMeeting.errors[0].code")
			.entity(String.class)
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void aMeetingIsReachableByIdByThoseWhoSeeItsClass() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		StaffMember analyst = school.staffWith(this.mongo, "analyst", StaffRole.ANALYST);
		StaffMember otherHomeroom = school.otherClassHomeroom(this.mongo);
		String id = record(as(school.homeroom.username()), parentMeeting(school, "2026-03-06"))
			.path("recordMeeting.meeting.id")
			.entity(String.class)
			.get();
		for (StaffMember sees : List.of(school.homeroom, school.subject, school.gradeLeader, school.principal)) {
			var node = as(sees.username()).document(NODE).variable("id", id).execute();
			node.path("node.__typename").entity(String.class).isEqualTo("Meeting");
			node.path("node.class.id").entity(String.class).isEqualTo(school.schoolClass.id());
			node.path("node.recordedBy.id").entity(String.class).isEqualTo(school.homeroom.id());
		}
		for (StaffMember doesNot : List.of(otherHomeroom, analyst)) {
			as(doesNot.username()).document(NODE).variable("id", id).execute().path("node").valueIsNull();
		}
	}

	private static Map<String, Object> parentMeeting(TestSchool school, String heldOn) {
		return input("classId", school.schoolClass.id(), "kind", "PARENT_MEETING", "heldOn", heldOn, "topic",
				"家长会 " + heldOn, "attendeeCount", 30);
	}

	private static GraphQlTester.Response record(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(MeetingRulesTest.RECORD).variable("input", input).execute();
	}

}
