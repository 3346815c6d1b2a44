package org.jiaxiao.timeline;

import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.platform.idempotency.IdempotencyKeys.Claim;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records a contact: checks it against the rules and the directory, then appends one
 * shared record to the timeline of each student concerned. With an idempotency key a
 * retry returns the first result, completing any step a cut-off first attempt left
 * undone.
 */
@Service
public class ContactRecorder {

	private final DirectoryService directory;

	private final TimelineStore store;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final TimelineProperties rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ContactKindPolicy> kinds;

	ContactRecorder(DirectoryService directory, TimelineStore store, IdempotencyKeys idempotencyKeys, AuditLog audit,
			TimelineProperties rules, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<ContactKindPolicy> kinds) {
		this.events = events;
		this.kinds = kinds;
		this.rules = rules;
		this.directory = directory;
		this.store = store;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	public ContactResult record(StaffMember author, RecordContactInput input) {
		WritePermission.require(author);
		List<UserError> errors = new ArrayList<>(ContactRules.check(input, this.clock.instant(), this.rules));
		if (!errors.isEmpty()) {
			return ContactResult.failed(errors);
		}
		if (!kindAllowed(this.kinds, author.schoolId(), input.kind(), input.occurredAt().toInstant())) {
			return ContactResult.failed(List.of(kindRefused()));
		}
		List<String> studentIds = List.copyOf(new LinkedHashSet<>(input.studentIds()));
		List<Student> students = this.directory.visibleStudents(author, studentIds);
		if (students.size() != studentIds.size()) {
			return ContactResult.failed(List.of(UserError.of(UserErrorCode.NOT_FOUND, "studentIds", "找不到该学生，或您无权查看。")));
		}
		Set<String> households = new LinkedHashSet<>(students.stream().map(Student::householdId).toList());
		if (households.size() != 1) {
			return ContactResult
				.failed(List.of(UserError.of(UserErrorCode.NOT_ONE_HOUSEHOLD, "studentIds", "一条记录只能涉及同一家庭的学生（兄弟姐妹）。")));
		}
		Household household = this.directory.householdsByIds(households).get(0);
		Optional<List<GuardianMet>> guardians = guardiansMet(household, input.guardians());
		if (guardians.isEmpty()) {
			return ContactResult
				.failed(List.of(UserError.of(UserErrorCode.UNKNOWN_GUARDIAN, "guardianIdsMet", "所选家长不属于该学生的家庭。")));
		}
		if (input.answersIncidentId() != null) {
			if (!(this.store.entry(input.answersIncidentId(), author.scope())
				.orElse(null) instanceof Incident incident)) {
				return ContactResult
					.failed(List.of(UserError.of(UserErrorCode.NOT_FOUND, "answersIncidentId", "找不到所回应的事件。")));
			}
			// An incident of another child (even one the author also teaches) is not
			// answered by a visit to this family: linking it would close the wrong task.
			if (incident.studentIds().stream().noneMatch(studentIds::contains)) {
				return ContactResult.failed(List
					.of(UserError.of(UserErrorCode.OTHER_STUDENT, "answersIncidentId", "所回应的事件属于其他学生，不是本次联系的学生。")));
			}
		}
		return write(author, input, studentIds, students, household, guardians.get());
	}

	private ContactResult write(StaffMember author, RecordContactInput input, List<String> studentIds,
			List<Student> students, Household household, List<GuardianMet> guardians) {
		String newId = Ids.newId("con");
		String contactId = newId;
		boolean replay = false;
		if (input.idempotencyKey() != null) {
			Claim claim = this.idempotencyKeys.claim(author.id(), input.idempotencyKey(), input.canonical(),
					() -> newId);
			if (claim.conflicting()) {
				return ContactResult.failed(List
					.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的记录。")));
			}
			contactId = claim.resultId();
			replay = claim.replay();
		}
		// Milliseconds, as MongoDB stores them: the answer reads as every later read
		// will.
		Contact contact = Contact.recorded(contactId, input.occurredAt().toInstant().truncatedTo(ChronoUnit.MILLIS),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS), author.id(), input.form(), input.kind(),
				input.summary().strip(), guardians, studentIds, household.id(), input.details());
		var zone = this.directory.school(author.schoolId()).zone();
		for (String studentId : studentIds) {
			this.store.append(studentId, contact, zone);
		}
		if (input.answersIncidentId() != null) {
			this.store.linkIncident(studentIds, input.answersIncidentId(), contactId);
		}
		this.audit.record(author.id(), author.schoolId(), "recordContact", AuditEvent.Kind.WRITE,
				List.of("recordContact"), studentIds, List.of(household.id()));
		// A replay returns what the first request stored (its recordedAt), not the new
		// copy; read from the first student's document, by its id (see bench/). A first
		// request stored exactly this contact: no read.
		Contact stored = replay ? this.store.contactOf(studentIds.get(0), contactId, author.scope()).orElse(contact)
				: contact;
		Map<String, String> classes = new LinkedHashMap<>();
		students.forEach((student) -> classes.put(student.id(), student.classId()));
		this.events.publishEvent(new TimelineEvent.ContactRecorded(author.schoolId(), stored, classes));
		return ContactResult.recorded(stored);
	}

	/**
	 * Appends a contact from an earlier record (demo history, imports) as it was, without
	 * the checks that only make sense for a contact recorded now.
	 */
	public void importHistorical(TimelineEntry contact, ZoneId schoolZone) {
		for (String studentId : contact.studentIds()) {
			this.store.append(studentId, contact, schoolZone);
		}
	}

	/**
	 * The bulk form of {@link #importHistorical(TimelineEntry, ZoneId)} for large imports
	 * (and the benchmark's generated history): the same guarded appends, in one ordered
	 * bulk write, so re-running an import changes nothing.
	 * @return how many appends changed a timeline
	 */
	public int importHistorical(List<? extends TimelineEntry> contacts, ZoneId schoolZone) {
		return this.store.appendAll(contacts, schoolZone);
	}

	/** Whether the school's policy provides for the kind; true when no policy answers. */
	static boolean kindAllowed(ObjectProvider<ContactKindPolicy> kinds, String schoolId, ContactKind kind,
			java.time.Instant at) {
		ContactKindPolicy policy = kinds.getIfAvailable();
		return policy == null || policy.allows(schoolId, kind, at);
	}

	static UserError kindRefused() {
		return UserError.of(UserErrorCode.NOT_IN_POLICY, "kind", "本校的家校联系制度中没有这一联系类别（普访、随访、定访只用于中学制度）。");
	}

	private static Optional<List<GuardianMet>> guardiansMet(Household household, List<String> guardianIds) {
		List<GuardianMet> met = new ArrayList<>();
		for (String guardianId : new LinkedHashSet<>(guardianIds)) {
			Optional<Guardian> guardian = household.guardian(guardianId);
			if (guardian.isEmpty()) {
				return Optional.empty();
			}
			met.add(new GuardianMet(guardian.get().id(), guardian.get().name(), guardian.get().relation()));
		}
		return Optional.of(met);
	}

}
