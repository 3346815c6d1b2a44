package org.jiaxiao.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestSchool;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Obligations through the API: created by incidents and follow-ups, satisfied by the
 * matching contact and linked to it, waived only with a reason by an overseer, reopened
 * when the satisfying contact is withdrawn; listeners that run twice change nothing.
 */
class ObligationsTest extends ComplianceApiTest {

	private static final String INCIDENT = """
			mutation($input: RecordIncidentInput!) { recordIncident(input: $input) { incident { id } errors { code } } }""";

	private static final String CONTACT = """
			mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { id } errors { code } } }""";

	private static final String WAIVE = """
			mutation($input: WaiveObligationInput!) { waiveObligation(input: $input) {
			  obligation { id state waiver { reason by { id } } } errors { code field } } }""";

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private AuditLog audit;

	@Test
	void primaryAnIncidentCallsForAnImmediateVisitWithinTwentyFourHoursThatAnImmediateContactSatisfies() {
		TestSchool school = school(PolicyPreset.PRIMARY, 4, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		// The subject teacher records the incident; the task goes to the homeroom
		// teacher.
		String incident = incident(as(school.subject.username()), school.student(1), "ILLNESS_ABSENCE", 3);
		Instant recorded = Instant.now();

		var tasks = homeroom.documentName("myTasks").execute();
		tasks.path("myTasks.totalCount").entity(Integer.class).isEqualTo(1);
		tasks.path("myTasks.edges[0].node.rule").entity(String.class).isEqualTo("IMMEDIATE_VISIT");
		tasks.path("myTasks.edges[0].node.state").entity(String.class).isEqualTo("OPEN");
		tasks.path("myTasks.edges[0].node.incidentId").entity(String.class).isEqualTo(incident);
		tasks.path("myTasks.edges[0].node.students[0].id").entity(String.class).isEqualTo(school.student(1));
		tasks.path("myTasks.edges[0].node.trigger.kind").entity(String.class).isEqualTo("INCIDENT");
		tasks.path("myTasks.edges[0].node.title").entity(String.class).isEqualTo("立即家访：病假 3 天");
		Instant due = OffsetDateTime.parse(tasks.path("myTasks.edges[0].node.dueAt").entity(String.class).get())
			.toInstant();
		assertThat(due).isBetween(recorded.plusSeconds(86_400 - 60), recorded.plusSeconds(86_400 + 60));

		String contact = contact(homeroom, school.student(1), "PHONE", "IMMEDIATE", null, null);
		var done = homeroom.documentName("myTasks").variable("filter", Map.of("state", List.of("DONE"))).execute();
		done.path("myTasks.edges[0].node.state").entity(String.class).isEqualTo("DONE");
		done.path("myTasks.edges[0].node.satisfiedBy.id").entity(String.class).isEqualTo(contact);
		done.path("myTasks.edges[0].node.doneOnTime").entity(Boolean.class).isEqualTo(true);
		homeroom.documentName("myTasks").execute().path("myTasks.totalCount").entity(Integer.class).isEqualTo(0);

		String thisMonth = YearMonth.now(TestSchool.SHANGHAI).toString();
		var report = report(school.principal.username(), classScope(school.schoolClass.id()), month(thisMonth));
		report.path("complianceReport.immediateVisits.total").entity(Integer.class).isEqualTo(1);
		report.path("complianceReport.immediateVisits.onTime").entity(Integer.class).isEqualTo(1);
		report.path("complianceReport.immediateVisits.onTimePercent").entity(Double.class).isEqualTo(100.0);
	}

	@Test
	void aContactAnsweringTheIncidentSatisfiesItWhateverItsKindAndAShortIllnessCallsForNone() {
		TestSchool school = school(PolicyPreset.PRIMARY, 4, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		incident(homeroom, school.student(0), "ILLNESS_ABSENCE", 2);
		homeroom.documentName("myTasks").execute().path("myTasks.totalCount").entity(Integer.class).isEqualTo(0);

		String award = incident(homeroom, school.student(2), "AWARD", null);
		// A routine visit that says it answers the incident.
		String visit = contact(homeroom, school.student(2), "HOME_VISIT", "ROUTINE", award, null);
		var done = homeroom.documentName("myTasks").variable("filter", Map.of("state", List.of("DONE"))).execute();
		done.path("myTasks.edges[0].node.incidentId").entity(String.class).isEqualTo(award);
		done.path("myTasks.edges[0].node.satisfiedBy.id").entity(String.class).isEqualTo(visit);
	}

	@Test
	void followUpsWithDueDatesBecomeTasksOfTheAuthorAndALaterContactSatisfiesThem() {
		TestSchool school = school(PolicyPreset.PRIMARY, 4, 0);
		HttpGraphQlTester subject = as(school.subject.username());
		String due = LocalDate.now(TestSchool.SHANGHAI).plusDays(3).toString();
		contact(subject, school.student(3), "PHONE", "ROUTINE", null,
				List.of(Map.of("action", "两周后电话回访作业情况", "owner", "刘老师", "dueDate", due),
						Map.of("action", "家长每晚检查作业", "owner", "母亲")));
		var open = subject.documentName("myTasks").execute();
		open.path("myTasks.totalCount").entity(Integer.class).isEqualTo(1);
		open.path("myTasks.edges[0].node.rule").entity(String.class).isEqualTo("FOLLOW_UP");
		open.path("myTasks.edges[0].node.trigger.kind").entity(String.class).isEqualTo("CONTACT_FOLLOW_UP");
		open.path("myTasks.edges[0].node.title").entity(String.class).isEqualTo("跟进：两周后电话回访作业情况（刘老师）");
		assertThat(open.path("myTasks.edges[0].node.dueAt").entity(String.class).get())
			.startsWith(LocalDate.now(TestSchool.SHANGHAI)
				.plusDays(3)
				.atTime(15, 59, 59)
				.atOffset(ZoneOffset.UTC)
				.toString()
				.substring(0, 16));

		String later = contact(subject, school.student(3), "CONTACT_BOOK", "ROUTINE", null, null);
		var done = subject.documentName("myTasks").variable("filter", Map.of("state", List.of("DONE"))).execute();
		done.path("myTasks.edges[0].node.satisfiedBy.id").entity(String.class).isEqualTo(later);
	}

	@Test
	void listenersThatRunTwiceCreateNothingTwice() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		String incidentId = incident(homeroom, school.student(0), "INJURY", null);
		Incident incident = new Incident(incidentId, Instant.now().minusSeconds(600), Instant.now(),
				school.homeroom.id(), List.of(school.student(0)), org.jiaxiao.timeline.IncidentKind.INJURY, "x", null,
				"班主任", null, null, null);
		this.events.publishEvent(new TimelineEvent.IncidentRecorded(school.id, incident));
		this.events.publishEvent(new TimelineEvent.IncidentRecorded(school.id, incident));
		assertThat(this.mongo.count(query(where("trigger.key").is(incidentId)), Obligation.class)).isEqualTo(1);
	}

	@Test
	void waivingNeedsAReasonAndAnOverseerAndIsAudited() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		incident(homeroom, school.student(0), "TRUANCY", null);
		String task = homeroom.documentName("myTasks")
			.execute()
			.path("myTasks.edges[0].node.id")
			.entity(String.class)
			.get();

		homeroom.document(WAIVE)
			.variable("input", Map.of("id", task, "reason", "家长已来校"))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		HttpGraphQlTester leader = as(school.gradeLeader.username());
		var blank = leader.document(WAIVE).variable("input", Map.of("id", task, "reason", "  ")).execute();
		blank.path("waiveObligation.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
		blank.path("waiveObligation.errors[0].field").entityList(String.class).containsExactly("input", "reason");

		var waived = leader.document(WAIVE).variable("input", Map.of("id", task, "reason", "学生已转学")).execute();
		waived.path("waiveObligation.obligation.state").entity(String.class).isEqualTo("WAIVED");
		waived.path("waiveObligation.obligation.waiver.reason").entity(String.class).isEqualTo("学生已转学");
		waived.path("waiveObligation.obligation.waiver.by.id").entity(String.class).isEqualTo(school.gradeLeader.id());
		leader.document(WAIVE)
			.variable("input", Map.of("id", task, "reason", "再来一次"))
			.execute()
			.path("waiveObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("OBLIGATION_CLOSED");
		// Another school's principal does not find it.
		as("principal").document(WAIVE)
			.variable("input", Map.of("id", task, "reason", "x"))
			.execute()
			.path("waiveObligation.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
		this.audit.flush();
		assertThat(this.mongo.exists(query(where("schoolId").is(school.id).and("operation").is("waiveObligation")),
				"audit_events"))
			.isTrue();
	}

	@Test
	void withdrawingTheSatisfyingContactReopensTheTask() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		incident(homeroom, school.student(1), "FAMILY_EVENT", null);
		String contact = contact(homeroom, school.student(1), "HOME_VISIT", "IMMEDIATE", null, null);
		homeroom.documentName("myTasks").execute().path("myTasks.totalCount").entity(Integer.class).isEqualTo(0);
		homeroom.document(
				"""
						mutation($input: RetractContactInput!) { retractContact(input: $input) { contact { id } errors { code } } }""")
			.variable("input", Map.of("contactId", contact, "reason", "记到了别的学生"))
			.execute()
			.path("retractContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		var reopened = homeroom.documentName("myTasks").execute();
		reopened.path("myTasks.totalCount").entity(Integer.class).isEqualTo(1);
		reopened.path("myTasks.edges[0].node.state").entity(String.class).isEqualTo("OPEN");
		reopened.path("myTasks.edges[0].node.satisfiedBy").valueIsNull();
	}

	@Test
	void overseersListTheTasksOfTheirClassesAndSubjectTeachersMayNot() {
		TestSchool school = school(PolicyPreset.PRIMARY, 3, 0);
		incident(as(school.homeroom.username()), school.student(0), "DISCIPLINE", null);
		String list = """
				query($filter: ObligationsFilter) { obligations(filter: $filter) { totalCount edges { node { id class { id } owner { id } } } } }""";
		Map<String, Object> filter = Map.of("classId", school.schoolClass.id());
		for (String overseer : List.of(school.principal.username(), school.gradeLeader.username(),
				school.homeroom.username())) {
			var seen = as(overseer).document(list).variable("filter", filter).execute();
			seen.path("obligations.totalCount").entity(Integer.class).isEqualTo(1);
			seen.path("obligations.edges[0].node.owner.id").entity(String.class).isEqualTo(school.homeroom.id());
		}
		as(school.principal.username()).document(list)
			.variable("filter", Map.of("state", List.of("DONE")))
			.execute()
			.path("obligations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		as(school.subject.username()).document(list)
			.variable("filter", filter)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
		// The demo school's grade leader leads grade 1 too, of another school.
		as("grade-leader").document(list)
			.variable("filter", filter)
			.execute()
			.path("obligations.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	private String incident(HttpGraphQlTester tester, String student, String kind, Integer days) {
		Map<String, Object> input = new HashMap<>(Map.of("studentIds", List.of(student), "kind", kind, "occurredAt",
				OffsetDateTime.now().minusHours(3).toString(), "description", "测试事件", "reportedBy", "家长"));
		if (days != null) {
			input.put("days", days);
		}
		return tester.document(INCIDENT)
			.variable("input", input)
			.execute()
			.path("recordIncident.incident.id")
			.entity(String.class)
			.get();
	}

	private String contact(HttpGraphQlTester tester, String student, String form, String kind, String answers,
			List<Map<String, Object>> followUps) {
		Map<String, Object> input = new HashMap<>(Map.of("studentIds", List.of(student), "form", form, "kind", kind,
				"occurredAt", OffsetDateTime.now().minusMinutes(30).toString(), "summary", "电话沟通情况。", "analysis",
				"情况已了解。", "countermeasure", "一周后回访。"));
		if (answers != null) {
			input.put("answersIncidentId", answers);
		}
		if (followUps != null) {
			input.put("followUps", followUps);
		}
		var response = tester.document(CONTACT).variable("input", input).execute();
		response.path("recordContact.errors").entityList(Object.class).hasSize(0);
		return response.path("recordContact.contact.id").entity(String.class).get();
	}

}
