package org.jiaxiao.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.notification.NotificationKind;
import org.jiaxiao.notification.NotificationService;
import org.jiaxiao.platform.observe.SweepMeters;
import org.jiaxiao.platform.sweep.Lease;
import org.jiaxiao.platform.sweep.ScheduledSweep;
import org.jiaxiao.platform.sweep.SweepTask;
import org.jiaxiao.policy.FocusVisitRules;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.policy.ReminderRules;
import org.jiaxiao.task.StudentFacts.StudentRef;
import org.jiaxiao.timeline.ContactForm;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.jiaxiao.timeline.TimelineExpressions.EACH_ENTRY;
import static org.jiaxiao.timeline.TimelineExpressions.and;
import static org.jiaxiao.timeline.TimelineExpressions.countOf;
import static org.jiaxiao.timeline.TimelineExpressions.formIn;
import static org.jiaxiao.timeline.TimelineExpressions.liveContact;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The periodic sweep: catches up on timeline events the listener missed, marks overdue
 * tasks, creates the tasks no event triggers (focus students not yet visited before the
 * winter break; a tutoring student's follow-ups and growth records), and writes reminders
 * before due times and notices of overdue tasks outside the quiet hours, then the
 * {@link SweepTask}s of other features. Each step is idempotent (guarded updates, unique
 * indexes), so a second run at the same moment changes nothing, and a run cut off by a
 * restart is completed by the next one. A lease lets one instance run it at a time.
 */
@Component
public class ComplianceSweep implements ScheduledSweep {

	static final String LEASE = "compliance-sweep";

	private static final Logger log = LoggerFactory.getLogger(ComplianceSweep.class);

	/** Reminders are looked for up to this far ahead (the largest policy setting). */
	private static final Duration HORIZON = Duration.ofHours(720);

	private final String instance = "sweep-" + UUID.randomUUID();

	private final MongoTemplate mongo;

	private final ObligationWriter writer;

	private final NotificationService notifications;

	private final PolicyService policies;

	private final DirectoryService directory;

	private final Lease lease;

	private final ObligationCatchUp catchUp;

	private final TutoringCadence cadence;

	private final ComplianceProperties properties;

	private final Clock clock;

	private final List<SweepTask> tasks;

	private final SweepMeters meters;

	ComplianceSweep(MongoTemplate mongo, ObligationWriter writer, NotificationService notifications,
			PolicyService policies, DirectoryService directory, Lease lease, ObligationCatchUp catchUp,
			TutoringCadence cadence, ComplianceProperties properties, Clock clock, List<SweepTask> tasks,
			SweepMeters meters) {
		this.tasks = List.copyOf(tasks);
		this.meters = meters;
		this.mongo = mongo;
		this.writer = writer;
		this.notifications = notifications;
		this.policies = policies;
		this.directory = directory;
		this.lease = lease;
		this.catchUp = catchUp;
		this.cadence = cadence;
		this.properties = properties;
		this.clock = clock;
	}

	/** A scheduled run: skipped when another instance holds the lease. */
	@Override
	public Optional<Result> runIfFree() {
		Duration ttl = this.properties.sweep().lease();
		if (!this.lease.tryAcquire(LEASE, this.instance, ttl)) {
			return Optional.empty();
		}
		try {
			Result result = run(this.clock.instant());
			if (result.changes() > 0) {
				log.info("Compliance sweep: {}", result);
			}
			return Optional.of(result);
		}
		finally {
			this.lease.release(LEASE, this.instance);
		}
	}

	/**
	 * A run as of {@code now} once the lease is free (waiting for a run in progress
	 * elsewhere), for operators and tests.
	 */
	public Result runExclusively(Instant now) {
		Duration ttl = this.properties.sweep().lease();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!this.lease.tryAcquire(LEASE, this.instance, ttl)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The compliance sweep is held elsewhere");
			}
			pause();
		}
		try {
			return run(now);
		}
		finally {
			this.lease.release(LEASE, this.instance);
		}
	}

	Result run(Instant now) {
		Result result = this.meters.timeRun(() -> runSteps(now));
		this.meters.counted(result.tasksCreated() + result.tutoringTasksCreated(), result.markedOverdue());
		return result;
	}

	private Result runSteps(Instant now) {
		int caughtUp = this.catchUp.run(now);
		int overdue = markOverdue(now);
		int created = createFocusTasks(now);
		int tutoring = this.cadence.run(now);
		int reminders = remind(now);
		int notices = noticeOverdue(now);
		int others = 0;
		for (SweepTask task : this.tasks) {
			others += task.run(now);
		}
		return new Result(overdue, created, caughtUp, reminders, notices, tutoring, others);
	}

	private int markOverdue(Instant now) {
		return (int) this.mongo
			.updateMulti(Query.query(where("state").is(ObligationState.OPEN).and("dueAt").lt(now)),
					new Update().set("state", ObligationState.OVERDUE), Obligation.class)
			.getModifiedCount();
	}

	/**
	 * For each school with a calendar: in the weeks before its winter break (the policy
	 * says how many days), a task for each focus student not yet visited this school
	 * year, due at the end of the break.
	 */
	private int createFocusTasks(Instant now) {
		int created = 0;
		List<SchoolCalendar> calendars = this.mongo.findAll(SchoolCalendar.class);
		Map<String, ZoneId> zones = new HashMap<>();
		this.directory.schoolsByIds(calendars.stream().map(SchoolCalendar::schoolId).toList())
			.forEach((school) -> zones.put(school.id(), school.zone()));
		for (SchoolCalendar calendar : calendars) {
			ZoneId zone = zones.get(calendar.schoolId());
			if (zone == null) {
				// A calendar left behind by a school no longer in the directory.
				continue;
			}
			LocalDate today = now.atZone(zone).toLocalDate();
			SchoolYearDates year = calendar.schoolYearOf(today);
			DateRange winter = year.winterBreak();
			PolicyRules rules = this.policies.inForce(calendar.schoolId(), today).rules();
			FocusVisitRules focus = rules.focus();
			if (winter == null || focus == null || !focus.visitInWinterBreak()
					|| today.isBefore(winter.start().minusDays(focus.remindDaysBeforeWinterBreak()))
					|| today.isAfter(winter.end())) {
				continue;
			}
			Instant yearStart = year.start().atStartOfDay(zone).toInstant();
			Instant due = WorkingDays.endOfDay(winter.end(), zone);
			for (StudentRef student : unvisitedFocusStudents(calendar.schoolId(), yearStart, now,
					rules.homeVisitForms())) {
				if (this.writer.forFocusStudent(student, year.startYear(), due, rules.homeVisitForms()).isPresent()) {
					created++;
				}
			}
		}
		return created;
	}

	/** Focus students of a school without a home visit in [from, to): one aggregation. */
	private List<StudentRef> unvisitedFocusStudents(String schoolId, Instant from, Instant to,
			List<ContactForm> forms) {
		List<String> categories = Arrays.stream(FocusCategory.values()).map(Enum::name).toList();
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("schoolId", schoolId).append("focusCategories", new Document("$in", categories))
							// Students who left owe no visits.
							.append("status", null)),
				// Counted from the timeline array in place, as the report counts visits:
				// no
				// entry unwound.
				new Document("$project", new Document("schoolId", 1).append("classId", 1)
					.append("grade", 1)
					.append("visits", countOf(and(liveContact(EACH_ENTRY, from, to), formIn(EACH_ENTRY, forms))))),
				new Document("$match", new Document("visits", 0)), new Document("$sort", new Document("_id", 1)));
		List<StudentRef> students = new ArrayList<>();
		for (Document row : this.mongo.getCollection(StudentFacts.STUDENTS).aggregate(pipeline)) {
			students.add(new StudentRef(row.getString("_id"), row.getString("schoolId"), row.getString("classId"),
					row.getInteger("grade", 0), null));
		}
		return students;
	}

	private int remind(Instant now) {
		Query dueSoon = Query.query(where("state").is(ObligationState.OPEN)
			.and("remindedAt")
			.is(null)
			.and("dueAt")
			.gt(now)
			.lte(now.plus(HORIZON)));
		int created = 0;
		Map<String, SchoolRules> schools = new HashMap<>();
		for (Obligation obligation : this.mongo.find(dueSoon, Obligation.class)) {
			SchoolRules school = schools.computeIfAbsent(obligation.schoolId(), (id) -> rules(id, now));
			if (school.quiet()
					|| obligation.dueAt().isAfter(now.plus(Duration.ofHours(school.reminders().hoursBefore())))) {
				continue;
			}
			if (this.notifications.notifyOnce(obligation.schoolId(), obligation.ownerId(), obligation.id(),
					obligation.title(), obligation.dueAt(), NotificationKind.REMINDER, now)) {
				created++;
			}
			this.mongo.updateFirst(Query.query(where("_id").is(obligation.id()).and("remindedAt").is(null)),
					new Update().set("remindedAt", now), Obligation.class);
		}
		return created;
	}

	private int noticeOverdue(Instant now) {
		Query overdue = Query.query(where("state").is(ObligationState.OVERDUE).and("overdueNoticeAt").is(null));
		int created = 0;
		Map<String, SchoolRules> schools = new HashMap<>();
		for (Obligation obligation : this.mongo.find(overdue, Obligation.class)) {
			if (schools.computeIfAbsent(obligation.schoolId(), (id) -> rules(id, now)).quiet()) {
				continue;
			}
			if (this.notifications.notifyOnce(obligation.schoolId(), obligation.ownerId(), obligation.id(),
					obligation.title(), obligation.dueAt(), NotificationKind.OVERDUE, now)) {
				created++;
			}
			this.mongo.updateFirst(Query.query(where("_id").is(obligation.id()).and("overdueNoticeAt").is(null)),
					new Update().set("overdueNoticeAt", now), Obligation.class);
		}
		return created;
	}

	private SchoolRules rules(String schoolId, Instant now) {
		ZoneId zone = this.directory.school(schoolId).zone();
		ReminderRules reminders = this.policies.inForce(schoolId, now.atZone(zone).toLocalDate()).rules().reminders();
		return new SchoolRules(reminders, reminders.quietAt(now.atZone(zone).toLocalTime()));
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the sweep lease", ex);
		}
	}

	/**
	 * A school's reminder rules and whether it is quiet now.
	 *
	 * @param reminders the rules
	 * @param quiet inside the quiet hours
	 */
	private record SchoolRules(ReminderRules reminders, boolean quiet) {
	}

	/**
	 * What one run changed.
	 *
	 * @param markedOverdue tasks that became overdue
	 * @param tasksCreated periodic tasks created
	 * @param caughtUp tasks created or closed from entries whose event was missed
	 * @param reminders reminders created
	 * @param overdueNotices overdue notices created
	 * @param tutoringTasksCreated follow-ups and growth records of tutoring students
	 * created
	 * @param otherChanges changes made by other features' {@link SweepTask}s
	 */
	public record Result(int markedOverdue, int tasksCreated, int caughtUp, int reminders, int overdueNotices,
			int tutoringTasksCreated, int otherChanges) {

		public int changes() {
			return this.markedOverdue + this.tasksCreated + this.caughtUp + this.reminders + this.overdueNotices
					+ this.tutoringTasksCreated + this.otherChanges;
		}

	}

}
