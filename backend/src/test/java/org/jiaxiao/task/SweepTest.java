package org.jiaxiao.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.platform.sweep.Lease;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.support.ComplianceApiTest;
import org.jiaxiao.support.TestClock;
import org.jiaxiao.support.TestSchool;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.FollowUpAction;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.IncidentKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jiaxiao.support.DemoCalendarData.d;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The sweep: overdue tasks, tasks for focus students before the winter break, reminders
 * outside the quiet hours; running it again at the same moment changes nothing; one
 * instance at a time by a lease that expires when its holder dies.
 */
class SweepTest extends ComplianceApiTest {

	private static final String NOTIFICATIONS = """
			query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly, first: 50) { unreadCount
			  edges { node { id kind title read obligation { id rule } } } } }""";

	@Autowired
	private ComplianceSweep sweep;

	@Autowired
	private Lease lease;

	@Autowired
	private TestClock clock;

	@Test
	void theSweepCreatesMarksAndRemindsOnceAndASecondRunChangesNothing() {
		TestSchool school = school(PolicyPreset.PRIMARY, 4, 3);
		// This school has set the coming winter break: 2027-01-16 to 2027-02-21.
		this.calendars.setSchoolYear(school.principal,
				new SchoolYearDates(2026, d(2026, 9, 1), d(2027, 8, 31),
						List.of(new Term("第一学期", d(2026, 9, 1), d(2027, 1, 15))),
						new DateRange(d(2027, 1, 16), d(2027, 2, 21)), null));
		// Focus student 2 has had a home visit this school year; 0 and 1 have not.
		school.contact(school.homeroom, 2, ContactForm.HOME_VISIT, ContactKind.FOCUS,
				LocalDateTime.of(2026, 10, 12, 17, 0));
		HttpGraphQlTester homeroom = as(school.homeroom.username());
		// An immediate visit due tomorrow, and a follow-up due on 1 January.
		homeroom.document("""
				mutation($input: RecordIncidentInput!) { recordIncident(input: $input) { incident { id } } }""")
			.variable("input",
					Map.of("studentIds", List.of(school.student(3)), "kind", "INJURY", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "description", "课间摔伤", "reportedBy", "体育老师"))
			.execute();
		homeroom.document("""
				mutation($input: RecordContactInput!) { recordContact(input: $input) { errors { code } } }""")
			.variable("input",
					Map.of("studentIds", List.of(school.student(3)), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusMinutes(5).toString(), "summary", "电话沟通。", "followUps",
							List.of(Map.of("action", "元旦当天回访", "owner", "班主任", "dueDate", "2027-01-01"))))
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);

		// 22:30 on 31 December: inside the quiet hours (21:00–07:00), within 30 days of
		// the break.
		Instant quiet = LocalDateTime.of(2026, 12, 31, 22, 30).atZone(TestSchool.SHANGHAI).toInstant();
		ComplianceSweep.Result first = this.sweep.runExclusively(quiet);
		assertThat(first.tasksCreated()).isGreaterThanOrEqualTo(2);
		assertThat(first.markedOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(first.reminders()).isZero();
		assertThat(first.overdueNotices()).isZero();
		assertThat(this.sweep.runExclusively(quiet).changes()).isZero();

		var tasks = homeroom.documentName("myTasks").variable("first", 20).execute();
		tasks.path("myTasks.edges[?(@.node.rule == 'FOCUS_WINTER_VISIT')].node.students[0].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(school.student(0), school.student(1)));
		tasks.path("myTasks.edges[?(@.node.rule == 'FOCUS_WINTER_VISIT')].node.dueAt")
			.entityList(String.class)
			.satisfies((due) -> assertThat(due).containsOnly("2027-02-21T15:59:59.000Z"));
		tasks.path("myTasks.edges[?(@.node.rule == 'IMMEDIATE_VISIT')].node.state")
			.entityList(String.class)
			.containsExactly("OVERDUE");
		homeroom.document(NOTIFICATIONS).execute().path("notifications.edges").entityList(Object.class).hasSize(0);

		// 08:00 on 1 January: the follow-up is due today, the immediate visit is overdue.
		Instant morning = LocalDateTime.of(2027, 1, 1, 8, 0).atZone(TestSchool.SHANGHAI).toInstant();
		ComplianceSweep.Result third = this.sweep.runExclusively(morning);
		assertThat(third.reminders()).isGreaterThanOrEqualTo(1);
		assertThat(third.overdueNotices()).isGreaterThanOrEqualTo(1);
		assertThat(third.tasksCreated()).isZero();
		assertThat(this.sweep.runExclusively(morning).changes()).isZero();

		var notifications = homeroom.document(NOTIFICATIONS).execute();
		notifications.path("notifications.unreadCount").entity(Integer.class).isEqualTo(2);
		notifications.path("notifications.edges[*].node.kind")
			.entityList(String.class)
			.satisfies((kinds) -> assertThat(kinds).containsExactlyInAnyOrder("REMINDER", "OVERDUE"));
		notifications.path("notifications.edges[?(@.node.kind == 'REMINDER')].node.obligation.rule")
			.entityList(String.class)
			.containsExactly("FOLLOW_UP");
		String reminder = notifications.path("notifications.edges[?(@.node.kind == 'REMINDER')].node.id")
			.entityList(String.class)
			.get()
			.get(0);
		String markRead = """
				mutation($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) {
				  notification { id read } errors { code } } }""";
		homeroom.document(markRead)
			.variable("input", Map.of("id", reminder))
			.execute()
			.path("markNotificationRead.notification.read")
			.entity(Boolean.class)
			.isEqualTo(true);
		homeroom.document(NOTIFICATIONS)
			.variable("unreadOnly", true)
			.execute()
			.path("notifications.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("OVERDUE");
		// Someone else's notification is not found.
		as(school.subject.username()).document(markRead)
			.variable("input", Map.of("id", reminder))
			.execute()
			.path("markNotificationRead.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void eventsLostInACrashAreCaughtUpByTheNextSweep() {
		TestSchool school = school(PolicyPreset.PRIMARY, 2, 0);
		Instant now = Instant.now();
		// Stored, but the app stopped before the listener ran: no event, no task.
		Incident incident = new Incident("inc_" + school.prefix, now.minusSeconds(7200), now.minusSeconds(3600),
				school.subject.id(), List.of(school.student(0)), IncidentKind.TRUANCY, "无故缺课", null, "任课教师", null, null,
				null);
		this.recorder.importHistorical(incident, TestSchool.SHANGHAI);
		Contact contact = Contact.recorded("con_" + school.prefix + "_lost", now.minusSeconds(1800),
				now.minusSeconds(1700), school.homeroom.id(), ContactForm.PHONE, ContactKind.ROUTINE, "电话沟通", List.of(),
				List.of(school.student(1)), school.students.get(1).householdId(),
				new ContactDetails(null, null, null, null, null, null, null, null, null, null, null,
						List.of(new FollowUpAction("下周回访", "班主任", LocalDate.now(TestSchool.SHANGHAI).plusDays(7))),
						false, null, null));
		this.recorder.importHistorical(contact, TestSchool.SHANGHAI);
		assertThat(this.mongo.count(query(where("schoolId").is(school.id)), Obligation.class)).isZero();

		ComplianceSweep.Result first = this.sweep.runExclusively(now);
		assertThat(first.caughtUp()).isGreaterThanOrEqualTo(2);
		assertThat(this.mongo.find(query(where("schoolId").is(school.id)), Obligation.class))
			.extracting(Obligation::rule, Obligation::ownerId)
			.containsExactlyInAnyOrder(tuple(ObligationRule.IMMEDIATE_VISIT, school.homeroom.id()),
					tuple(ObligationRule.FOLLOW_UP, school.homeroom.id()));
		assertThat(this.sweep.runExclusively(now).caughtUp()).isZero();
	}

	@Test
	void aLeaseLetsOneInstanceWorkAndExpiresWhenItsHolderDies() {
		String name = "test-lease-" + System.nanoTime();
		Instant start = Instant.now();
		this.clock.set(start);
		try {
			assertThat(this.lease.tryAcquire(name, "instance-a", Duration.ofMillis(800))).isTrue();
			assertThat(this.lease.tryAcquire(name, "instance-b", Duration.ofSeconds(30))).isFalse();
			assertThat(this.lease.tryAcquire(name, "instance-a", Duration.ofMillis(800))).isTrue();
			this.clock.set(start.plusMillis(799));
			assertThat(this.lease.tryAcquire(name, "instance-b", Duration.ofSeconds(30))).isFalse();
			this.clock.set(start.plusMillis(1200));
			// instance-a stopped renewing (a crash, a restart): instance-b takes over.
			assertThat(this.lease.tryAcquire(name, "instance-b", Duration.ofSeconds(30))).isTrue();
			assertThat(this.lease.holder(name).owner()).isEqualTo("instance-b");
			this.lease.release(name, "instance-b");
			assertThat(this.lease.holder(name)).isNull();
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aScheduledRunSkipsWhileAnotherInstanceHoldsTheSweep() {
		String other = "another-instance";
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!this.lease.tryAcquire(ComplianceSweep.LEASE, other, Duration.ofSeconds(30))) {
			assertThat(System.nanoTime()).isLessThan(deadline);
		}
		try {
			assertThat(this.sweep.runIfFree()).isEmpty();
		}
		finally {
			this.lease.release(ComplianceSweep.LEASE, other);
		}
		assertThat(this.sweep.runIfFree()).isPresent();
	}

}
