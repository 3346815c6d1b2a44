package org.jiaxiao.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.policy.ImmediateVisitRules;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.task.Obligation.Fulfilment;
import org.jiaxiao.task.Obligation.Satisfying;
import org.jiaxiao.task.Obligation.Trigger;
import org.jiaxiao.task.Obligation.TriggerKind;
import org.jiaxiao.task.StudentFacts.StudentRef;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.FollowUpAction;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.IncidentKind;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Creates obligations from what happened and closes them when a matching contact is
 * recorded. Every write is one guarded single-document operation: creating inserts under
 * the unique trigger-and-rule index, satisfying changes only an obligation still open, so
 * running any of them twice changes nothing the second time.
 */
@Component
class ObligationWriter {

	private static final int TITLE_MAX = 80;

	private final MongoTemplate mongo;

	private final PolicyService policies;

	private final DirectoryService directory;

	private final StudentFacts students;

	private final Clock clock;

	private final TimelineService timeline;

	ObligationWriter(MongoTemplate mongo, PolicyService policies, DirectoryService directory, StudentFacts students,
			Clock clock, TimelineService timeline) {
		this.timeline = timeline;
		this.mongo = mongo;
		this.policies = policies;
		this.directory = directory;
		this.students = students;
		this.clock = clock;
	}

	/**
	 * An incident calls for an immediate contact by the homeroom teacher within the
	 * policy's deadline, counted from when the school recorded it.
	 */
	Optional<Obligation> forIncident(String schoolId, Incident incident) {
		if (incident.retracted()) {
			return Optional.empty();
		}
		ZoneId zone = this.directory.school(schoolId).zone();
		PolicyRules rules = this.policies.inForce(schoolId, day(incident.recordedAt(), zone)).rules();
		ImmediateVisitRules immediate = rules.immediate();
		if (immediate == null || (incident.kind() == IncidentKind.ILLNESS_ABSENCE && incident.days() != null
				&& incident.days() <= immediate.illnessAbsenceMoreThanDays())) {
			return Optional.empty();
		}
		List<StudentRef> refs = this.students.of(schoolId, incident.studentIds());
		if (refs.isEmpty()) {
			return Optional.empty();
		}
		StudentRef first = refs.get(0);
		String owner = homeroomTeacher(first.classId()).orElse(incident.authorId());
		Trigger trigger = new Trigger(TriggerKind.INCIDENT, incident.id(), incident.id(), incident.occurredAt(),
				IncidentTitles.describe(incident));
		Satisfying satisfying = new Satisfying(incident.occurredAt(), List.of(ContactKind.IMMEDIATE), null,
				incident.id());
		return insert(schoolId, ObligationRule.IMMEDIATE_VISIT, trigger, owner, incident.studentIds(), first,
				"立即家访：" + IncidentTitles.describe(incident),
				WorkingDays.hoursAfter(incident.recordedAt(), immediate.deadlineHours()), satisfying);
	}

	/** Each follow-up action with a due date becomes a task of the contact's author. */
	List<Obligation> forFollowUps(String schoolId, Contact contact) {
		if (contact.retracted() || contact.followUps().stream().allMatch((action) -> action.dueDate() == null)) {
			return List.of();
		}
		List<StudentRef> refs = this.students.of(schoolId, contact.studentIds());
		if (refs.isEmpty()) {
			return List.of();
		}
		ZoneId zone = this.directory.school(schoolId).zone();
		List<Obligation> created = new ArrayList<>();
		List<FollowUpAction> actions = contact.followUps();
		for (int index = 0; index < actions.size(); index++) {
			FollowUpAction action = actions.get(index);
			if (action.dueDate() == null) {
				continue;
			}
			Trigger trigger = new Trigger(TriggerKind.CONTACT_FOLLOW_UP, contact.id() + "#" + index, contact.id(),
					contact.occurredAt(), action.action());
			Satisfying satisfying = new Satisfying(contact.occurredAt(), null, null, null);
			insert(schoolId, ObligationRule.FOLLOW_UP, trigger, contact.authorId(), contact.studentIds(), refs.get(0),
					"跟进：" + action.action() + "（" + action.owner() + "）", WorkingDays.endOfDay(action.dueDate(), zone),
					satisfying)
				.ifPresent(created::add);
		}
		return created;
	}

	/**
	 * A focus student not yet visited this school year, due by the end of the winter
	 * break, for the class's homeroom teacher.
	 */
	Optional<Obligation> forFocusStudent(StudentRef student, int schoolYear, Instant dueAt, List<ContactForm> forms) {
		Optional<String> owner = homeroomTeacher(student.classId());
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Trigger trigger = new Trigger(TriggerKind.SWEEP, "focus:" + student.id() + ":" + schoolYear, null, now,
				"重点学生本学年尚未家访");
		return insert(student.schoolId(), ObligationRule.FOCUS_WINTER_VISIT, trigger, owner.get(),
				List.of(student.id()), student, "重点学生寒假家访（本学年尚未家访）", dueAt, new Satisfying(now, null, forms, null));
	}

	/**
	 * Closes the open obligations of the contact's students that it satisfies, soonest
	 * due first. Of a rule where one contact counts once (two follow-ups a fortnight need
	 * two contacts), it closes at most one per trigger, also when run again.
	 * @return how many it closed
	 */
	int satisfy(Contact contact) {
		if (contact.retracted()) {
			return 0;
		}
		Query open = Query
			.query(where("studentIds").in(contact.studentIds())
				.and("state")
				.in(ObligationState.OPEN, ObligationState.OVERDUE))
			.with(Sort.by("dueAt", "_id"));
		Set<String> claimed = claimedOnce(contact);
		int closed = 0;
		for (Obligation obligation : this.mongo.find(open, Obligation.class)) {
			if (!obligation.satisfiedBy(contact) || claimed.contains(onceKey(obligation))) {
				continue;
			}
			Fulfilment fulfilment = new Fulfilment(contact.id(), contact.occurredAt(), contact.recordedAt(),
					!contact.occurredAt().isAfter(obligation.dueAt()));
			Query stillOpen = Query
				.query(where("_id").is(obligation.id()).and("state").in(ObligationState.OPEN, ObligationState.OVERDUE));
			Update done = new Update().set("state", ObligationState.DONE).set("fulfilment", fulfilment);
			long changed = this.mongo.updateFirst(stillOpen, done, Obligation.class).getModifiedCount();
			closed += (int) changed;
			if (changed > 0 && obligation.rule().oneContactEach()) {
				claimed.add(onceKey(obligation));
			}
			if (changed > 0 && obligation.satisfying().incidentId() != null) {
				// The visit that closed an incident's task answered the incident, whether
				// or not the teacher named it: the incident shows who answered it.
				this.timeline.answerIncident(obligation.studentIds(), obligation.satisfying().incidentId(),
						contact.id());
			}
		}
		return closed;
	}

	/**
	 * Moves an open obligation's due time and what satisfies it (a first lesson moved, a
	 * file received early); its reminder and overdue notice are due again.
	 * @return whether it changed
	 */
	boolean reschedule(Obligation obligation, Instant dueAt, Satisfying satisfying, Instant now) {
		if (obligation.state().closed()
				|| (obligation.dueAt().equals(dueAt) && obligation.satisfying().equals(satisfying))) {
			return false;
		}
		ObligationState state = dueAt.isBefore(now) ? ObligationState.OVERDUE : ObligationState.OPEN;
		Query stillOpen = Query.query(where("_id").is(obligation.id())
			.and("state")
			.in(ObligationState.OPEN, ObligationState.OVERDUE)
			.and("dueAt")
			.is(obligation.dueAt()));
		Update moved = new Update().set("dueAt", dueAt)
			.set("satisfying", satisfying)
			.set("state", state)
			.unset("remindedAt")
			.unset("overdueNoticeAt");
		return this.mongo.updateFirst(stillOpen, moved, Obligation.class).getModifiedCount() > 0;
	}

	/**
	 * The triggers of once-per-contact rules this contact already satisfied a task of.
	 */
	private Set<String> claimedOnce(Contact contact) {
		List<ObligationRule> once = Arrays.stream(ObligationRule.values())
			.filter(ObligationRule::oneContactEach)
			.toList();
		Query byContact = Query.query(where("fulfilment.contactId").is(contact.id()).and("rule").in(once));
		Set<String> claimed = new HashSet<>();
		this.mongo.find(byContact, Obligation.class).forEach((obligation) -> claimed.add(onceKey(obligation)));
		return claimed;
	}

	/**
	 * What a once-per-contact rule counts once per: the rule and the contract (or
	 * trigger).
	 */
	private static String onceKey(Obligation obligation) {
		String trigger = (obligation.trigger().contractId() != null) ? obligation.trigger().contractId()
				: obligation.trigger().key();
		return obligation.rule() + "|" + trigger;
	}

	/**
	 * A withdrawn contact no longer satisfies anything: its obligations open again (or
	 * are overdue).
	 */
	int reopen(Contact contact) {
		Instant now = this.clock.instant();
		int reopened = 0;
		Query satisfied = Query
			.query(where("fulfilment.contactId").is(contact.id()).and("state").is(ObligationState.DONE));
		for (Obligation obligation : this.mongo.find(satisfied, Obligation.class)) {
			ObligationState state = obligation.dueAt().isBefore(now) ? ObligationState.OVERDUE : ObligationState.OPEN;
			Query stillDone = Query.query(where("_id").is(obligation.id())
				.and("state")
				.is(ObligationState.DONE)
				.and("fulfilment.contactId")
				.is(contact.id()));
			reopened += (int) this.mongo
				.updateFirst(stillDone, new Update().set("state", state).unset("fulfilment"), Obligation.class)
				.getModifiedCount();
		}
		return reopened;
	}

	private Optional<Obligation> insert(String schoolId, ObligationRule rule, Trigger trigger, String ownerId,
			List<String> studentIds, StudentRef first, String title, Instant dueAt, Satisfying satisfying) {
		return insert(schoolId, rule, trigger, ownerId, studentIds, first, title, dueAt, satisfying,
				this.clock.instant());
	}

	/**
	 * Creates an obligation as of {@code now} (open, or overdue when already past due);
	 * empty when one of the same trigger and rule exists.
	 */
	Optional<Obligation> insert(String schoolId, ObligationRule rule, Trigger trigger, String ownerId,
			List<String> studentIds, StudentRef first, String title, Instant dueAt, Satisfying satisfying,
			Instant now) {
		ObligationState state = dueAt.isBefore(now) ? ObligationState.OVERDUE : ObligationState.OPEN;
		Obligation obligation = new Obligation(Ids.newId("obl"), schoolId, rule, trigger, ownerId,
				List.copyOf(studentIds), first.classId(), first.grade(), shorten(title), dueAt, satisfying, state, now,
				null, null, null, null);
		try {
			this.mongo.insert(obligation);
			return Optional.of(obligation);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	private Optional<String> homeroomTeacher(String classId) {
		return this.directory.classesByIds(List.of(classId))
			.stream()
			.map(SchoolClass::homeroomTeacherId)
			.filter((id) -> id != null)
			.map(String.class::cast)
			.findFirst();
	}

	private static LocalDate day(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

	private static String shorten(String title) {
		String flat = title.replaceAll("\\s+", " ").strip();
		return (flat.length() <= TITLE_MAX) ? flat : flat.substring(0, TITLE_MAX - 1) + "…";
	}

}
