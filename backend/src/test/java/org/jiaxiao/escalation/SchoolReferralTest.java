package org.jiaxiao.escalation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.task.ComplianceSweep;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.ContactRecorder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matter found at a home visit that needs the school goes to the moral-education office
 * at once (000): the contact flagged "needs the school" opens the referral by itself, due
 * the same working day (the next one when recorded on a holiday); 德育处 takes it on,
 * records what it did and refers it to the school committee, which closes it; the teacher
 * follows every step on the student's timeline. A flagged incident does the same; one
 * flagged entry opens one referral however often it is sent, and the sweep opens the one
 * whose event was lost. The steps travel in the sync feed like any entry.
 */
class SchoolReferralTest extends EscalationApiTest {

	@Autowired
	private ContactRecorder recorder;

	@Autowired
	private ComplianceSweep sweep;

	private static final String CONTACT = """
			mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } errors { code } } }""";

	private static final String REFERRALS = """
			query($student: ID!) { escalations(first: 5, filter: { studentId: $student, kinds: [SCHOOL_REFERRAL] }) {
			  edges { node { %s } } } }""".formatted(ESCALATION);

	private static final String TIMELINE = """
			query($id: ID!, $types: [TimelineEntryType!]) { student(id: $id) { contactsThisYear
			  timeline(first: 50, filter: { types: $types }) { edges { node { __typename id
			  ... on EscalationUpdate { event stepName note author { id } escalation { id state } } } } } } }""";

	@Test
	void aFlaggedHomeVisitGoesTo德育处AndOnToTheSchoolCommitteeWhileTheTeacherWatches() {
		TestCampus school = school(3);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		HttpGraphQlTester subject = as(school.username("subject"));
		HttpGraphQlTester deyu = as(school.username("deyu"));
		HttpGraphQlTester principal = as(school.username("principal"));
		String student = school.student(1);

		// Fri 1 May (Labour Day), 10:00: the homeroom teacher records a home visit.
		at(2026, 5, 1, 10, 0);
		Map<String, Object> contact = input("studentIds", List.of(student), "form", "HOME_VISIT", "kind", "ROUTINE",
				"occurredAt", OffsetDateTime.parse("2026-05-01T09:00:00+08:00").toString(), "summary", "家访了解学生近况。",
				"analysis", "孩子情绪低落，与在校遭遇有关。", "countermeasure", "请德育处介入，家长配合观察。", "needsSchool", true, "schoolMatter",
				"学生反映在校被高年级同学索要零花钱。", "idempotencyKey", "visit-" + school.prefix);
		var recorded = homeroom.document(CONTACT).variable("input", contact).execute();
		recorded.path("recordContact.errors").entityList(Object.class).hasSize(0);
		String contactId = recorded.path("recordContact.contact.id").entity(String.class).get();
		// Sent again (a retry): still one referral.
		homeroom.document(CONTACT).variable("input", contact).execute();

		List<Map<String, Object>> referrals = referrals(deyu, student);
		assertThat(referrals).hasSize(1);
		Map<String, Object> referral = referrals.get(0);
		assertThat(referral.get("matter")).isEqualTo("学生反映在校被高年级同学索要零花钱。");
		assertThat(referral.get("openedBy")).isNull();
		assertThat(referral.get("source")).isEqualTo(Map.of("__typename", "Contact", "id", contactId));
		assertThat(currentStep(referral).get("ownerRole")).isEqualTo("MORAL_EDUCATION");
		// "At once": the same working day; 1–5 May are off, so the end of Wed 6 May.
		assertDue(referral, "MORAL_EDUCATION", endOf(2026, 5, 6));
		assertThat(referrals(homeroom, student)).extracting((found) -> found.get("id"))
			.containsExactly(referral.get("id"));

		// 德育处 takes it on; only the office may.
		assertThat(refused(on(homeroom, "acknowledgeEscalation", referral))).isEqualTo("NOT_ALLOWED");
		at(2026, 5, 6, 8, 30);
		referral = ok(on(deyu, "acknowledgeEscalation", referral));
		referral = ok(on(deyu, "recordEscalationAction", referral, "text", "约谈了双方学生及家长。"));
		// The teacher may neither refer on nor close it.
		assertThat(refused(advance(homeroom, referral, "MORAL_EDUCATION", outputsFor("MORAL_EDUCATION"))))
			.isEqualTo("NOT_ALLOWED");
		assertThat(refused(on(homeroom, "resolveEscalation", referral, "outcome", "x"))).isEqualTo("NOT_ALLOWED");
		assertThat(refused(advance(deyu, referral, "MORAL_EDUCATION", Map.of()))).isEqualTo("REQUIRED");
		assertThat(refused(on(deyu, "tagLossReasons", referral, "reasons", List.of("SLOW_RESPONSE"))))
			.isEqualTo("INVALID_TRANSITION");

		// Wed 6 May, 15:00: a matter for the school committee (校委会), within a working
		// day.
		at(2026, 5, 6, 15, 0);
		referral = ok(advance(deyu, referral, "MORAL_EDUCATION", outputsFor("MORAL_EDUCATION")));
		assertDue(referral, "LEADERSHIP", endOf(2026, 5, 7));
		assertThat(currentStep(referral).get("ownerRole")).isEqualTo("PRINCIPAL");
		assertThat(refused(on(deyu, "resolveEscalation", referral, "outcome", "x"))).isEqualTo("NOT_ALLOWED");
		at(2026, 5, 7, 11, 0);
		referral = ok(on(principal, "resolveEscalation", referral, "outcome", "校委会决定：对涉事学生进行教育，并通知家长。"));
		assertThat(referral.get("state")).isEqualTo("RESOLVED");
		assertThat(referral.get("outcome")).isEqualTo("校委会决定：对涉事学生进行教育，并通知家长。");

		// On the timeline of the student, for the homeroom and the subject teacher: each
		// step, newest first, and never a contact.
		for (HttpGraphQlTester teacher : List.of(homeroom, subject)) {
			var timeline = teacher.document(TIMELINE)
				.variable("id", student)
				.variable("types", List.of("ESCALATION"))
				.execute();
			timeline.path("student.timeline.edges[*].node.event")
				.entityList(String.class)
				.containsExactly("RESOLVED", "ADVANCED", "ACKNOWLEDGED", "OPENED");
			timeline.path("student.timeline.edges[*].node.stepName")
				.entityList(String.class)
				.containsExactly("校委会研究", "校委会研究", "德育处处理", "德育处处理");
			timeline.path("student.timeline.edges[0].node.note")
				.entity(String.class)
				.isEqualTo("校委会决定：对涉事学生进行教育，并通知家长。");
			timeline.path("student.timeline.edges[3].node.author").valueIsNull();
			timeline.path("student.timeline.edges[2].node.author.id")
				.entity(String.class)
				.isEqualTo(school.staff("deyu").id());
			timeline.path("student.timeline.edges[0].node.escalation.state").entity(String.class).isEqualTo("RESOLVED");
		}
		var contactsOnly = homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("types", List.of("CONTACT"))
			.execute();
		contactsOnly.path("student.timeline.edges[*].node.__typename")
			.entityList(String.class)
			.containsExactly("Contact");
		contactsOnly.path("student.contactsThisYear").entity(Integer.class).isEqualTo(1);
		// An escalation update is a node like any entry.
		String updateId = homeroom.document(TIMELINE)
			.variable("id", student)
			.variable("types", List.of("ESCALATION"))
			.execute()
			.path("student.timeline.edges[0].node.id")
			.entity(String.class)
			.get();
		homeroom.document("query($id: ID!) { node(id: $id) { __typename id } }")
			.variable("id", updateId)
			.execute()
			.path("node.__typename")
			.entity(String.class)
			.isEqualTo("EscalationUpdate");
	}

	@Test
	void aFlaggedIncidentOpensAReferralAndAnUnflaggedOneDoesNot() {
		TestCampus school = school(2);
		HttpGraphQlTester subject = as(school.username("subject"));
		String incident = """
				mutation($input: RecordIncidentInput!) { recordIncident(input: $input) {
				  incident { id needsSchool schoolMatter } errors { code field } } }""";
		Map<String, Object> flagged = input("studentIds", List.of(school.student(0)), "kind", "INJURY", "occurredAt",
				OffsetDateTime.now().minusHours(1).toString(), "description", "课间与同学冲突受伤", "reportedBy", "任课教师",
				"needsSchool", true);
		subject.document(incident)
			.variable("input", flagged)
			.execute()
			.path("recordIncident.errors[0].code")
			.entity(String.class)
			.isEqualTo("REQUIRED");
		flagged.put("schoolMatter", "需德育处调查冲突经过。");
		var recorded = subject.document(incident).variable("input", flagged).execute();
		recorded.path("recordIncident.incident.needsSchool").entity(Boolean.class).isEqualTo(true);
		String incidentId = recorded.path("recordIncident.incident.id").entity(String.class).get();
		subject.document(incident)
			.variable("input",
					input("studentIds", List.of(school.student(1)), "kind", "INJURY", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "description", "摔伤", "reportedBy", "任课教师"))
			.execute()
			.path("recordIncident.incident.needsSchool")
			.entity(Boolean.class)
			.isEqualTo(false);

		HttpGraphQlTester deyu = as(school.username("deyu"));
		List<Map<String, Object>> referrals = referrals(deyu, school.student(0));
		assertThat(referrals).hasSize(1);
		assertThat(referrals.get(0).get("source")).isEqualTo(Map.of("__typename", "Incident", "id", incidentId));
		assertThat(referrals.get(0).get("matter")).isEqualTo("需德育处调查冲突经过。");
		assertThat(referrals(deyu, school.student(1))).isEmpty();
	}

	@Test
	void aTeacherMayReferAMatterFromAContactByHand() {
		TestCampus school = school(1);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		String contactId = homeroom.document(CONTACT)
			.variable("input",
					Map.of("studentIds", List.of(school.student(0)), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(2).toString(), "summary", "电话沟通。"))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
		Map<String, Object> opened = ok(mutate(homeroom, "openEscalation", input("studentId", school.student(0), "kind",
				"SCHOOL_REFERRAL", "matter", "家长反映孩子午餐问题。", "sourceEntryId", contactId)));
		assertThat(opened.get("openedBy")).isEqualTo(Map.of("id", school.staff("homeroom").id()));
		assertThat(opened.get("source")).isEqualTo(Map.of("__typename", "Contact", "id", contactId));
		assertThat(refused(mutate(homeroom, "openEscalation", input("studentId", school.student(0), "kind",
				"SCHOOL_REFERRAL", "matter", "x", "sourceEntryId", "con_not_there"))))
			.isEqualTo("NOT_FOUND");
		assertThat(refused(open(homeroom, school.student(0), "RETENTION", "x"))).isEqualTo("NOT_FOUND");
	}

	@Test
	void aFlaggedContactWhoseEventWasLostIsReferredByTheNextSweep() {
		TestCampus school = school(1);
		java.time.Instant now = java.time.Instant.now();
		// Stored, but the app stopped before the listener ran: no event, no referral.
		Contact lost = Contact.recorded("con_" + school.prefix + "_lost", now.minusSeconds(3600), now.minusSeconds(600),
				school.staff("homeroom").id(), ContactForm.PHONE, ContactKind.ROUTINE, "电话沟通。", List.of(),
				List.of(school.student(0)), school.students.get(0).householdId(), new ContactDetails(null, null, null,
						null, null, null, null, null, null, null, null, List.of(), true, "家长反映孩子被同学孤立。", null));
		this.recorder.importHistorical(lost, TestCampus.SHANGHAI);
		HttpGraphQlTester deyu = as(school.username("deyu"));
		assertThat(referrals(deyu, school.student(0))).isEmpty();
		this.sweep.runExclusively(now);
		this.sweep.runExclusively(now);
		List<Map<String, Object>> referrals = referrals(deyu, school.student(0));
		assertThat(referrals).hasSize(1);
		assertThat(referrals.get(0).get("matter")).isEqualTo("家长反映孩子被同学孤立。");
		assertThat(referrals.get(0).get("source")).isEqualTo(Map.of("__typename", "Contact", "id", lost.id()));
	}

	@Test
	void theSyncFeedCarriesTheStepsLikeAnyEntry() {
		TestCampus school = school(1);
		HttpGraphQlTester homeroom = as(school.username("homeroom"));
		HttpGraphQlTester deyu = as(school.username("deyu"));
		Map<String, Object> referral = ok(open(homeroom, school.student(0), "SCHOOL_REFERRAL", "需要德育处处理。"));
		String feed = """
				query($since: String) { changes(since: $since, first: 100) { cursor hasMore
				  changes { type id entry { __typename ... on EscalationUpdate { event escalation { id } } } } } }""";
		var snapshot = homeroom.document(feed).execute();
		snapshot.path("changes.changes[?(@.entry.__typename == 'EscalationUpdate')].entry.event")
			.entityList(String.class)
			.containsExactly("OPENED");
		String cursor = snapshot.path("changes.cursor").entity(String.class).get();
		ok(on(deyu, "acknowledgeEscalation", referral));
		var later = homeroom.document(feed).variable("since", cursor).execute();
		later.path("changes.changes[?(@.entry.__typename == 'EscalationUpdate')].entry.event")
			.entityList(String.class)
			.containsExactly("ACKNOWLEDGED");
		later.path("changes.changes[?(@.entry.__typename == 'EscalationUpdate')].entry.escalation.id")
			.entityList(String.class)
			.containsExactly((String) referral.get("id"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> referrals(HttpGraphQlTester as, String student) {
		return (List<Map<String, Object>>) (List<?>) as.document(REFERRALS)
			.variable("student", student)
			.execute()
			.path("escalations.edges[*].node")
			.entityList(Map.class)
			.get();
	}

}
