package org.jiaxiao.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Records incidents and teachers' notes on the timelines of the students concerned, and
 * the steps of escalations the escalation feature reports.
 */
@Service
public class EntryRecorder {

	private final DirectoryService directory;

	private final TimelineStore store;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EntryRecorder(DirectoryService directory, TimelineStore store, IdempotencyKeys idempotencyKeys, AuditLog audit,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.directory = directory;
		this.store = store;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	public EntryResult<Incident> recordIncident(StaffMember author, RecordIncidentInput input) {
		WritePermission.require(author);
		Instant now = this.clock.instant();
		List<UserError> errors = new ArrayList<>();
		if (input.studentIds().isEmpty()) {
			errors.add(UserError.of(UserErrorCode.EMPTY, "studentIds", "请至少选择一名学生。"));
		}
		ContactRules.text(errors, "description", input.description(), true, ContactRules.MAX_TEXT, "事件描述");
		ContactRules.text(errors, "reportedBy", input.reportedBy(), true, 100, "报告人");
		ContactRules.checkTime(errors, "occurredAt", input.occurredAt().toInstant(), now);
		ContactRules.text(errors, "schoolMatter", input.schoolMatter(), false, ContactRules.MAX_TEXT, "需学校处理的事项");
		if (Boolean.TRUE.equals(input.needsSchool()) && input.matterForSchool() == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "schoolMatter", "需要学校处理时，请写明事项。"));
		}
		if (input.days() != null && (input.days() < 0 || input.days() > 365)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "days", "天数应在 0 到 365 之间。"));
		}
		List<String> studentIds = List.copyOf(new LinkedHashSet<>(input.studentIds()));
		if (errors.isEmpty() && visible(author, studentIds).size() != studentIds.size()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "studentIds", "找不到该学生，或您无权查看。"));
		}
		if (!errors.isEmpty()) {
			return EntryResult.failed(errors);
		}
		String canonical = String.join("|", "incident", String.join(",", studentIds), input.kind().name(),
				String.valueOf(input.occurredAt().toInstant()), input.description(), String.valueOf(input.days()),
				input.reportedBy());
		if (input.matterForSchool() != null) {
			canonical += "|school:" + input.matterForSchool();
		}
		return write(author, input.idempotencyKey(), canonical, "inc",
				(id) -> new Incident(id, input.occurredAt().toInstant(), now, author.id(), studentIds, input.kind(),
						input.description().strip(), input.days(), input.reportedBy().strip(), null, null,
						input.matterForSchool()),
				"recordIncident");
	}

	public EntryResult<Note> addNote(StaffMember author, AddNoteInput input) {
		WritePermission.require(author);
		Instant now = this.clock.instant();
		Instant occurredAt = (input.occurredAt() != null) ? input.occurredAt().toInstant() : now;
		List<UserError> errors = new ArrayList<>();
		ContactRules.text(errors, "text", input.text(), true, ContactRules.MAX_TEXT, "观察记录");
		ContactRules.checkTime(errors, "occurredAt", occurredAt, now);
		if (errors.isEmpty() && visible(author, List.of(input.studentId())).isEmpty()) {
			errors.add(UserError.of(UserErrorCode.NOT_FOUND, "studentId", "找不到该学生，或您无权查看。"));
		}
		if (!errors.isEmpty()) {
			return EntryResult.failed(errors);
		}
		String canonical = String.join("|", "note", input.studentId(), String.valueOf(occurredAt), input.text());
		return write(author, input.idempotencyKey(), canonical, "note", (id) -> new Note(id, occurredAt, now,
				author.id(), List.of(input.studentId()), input.text().strip(), null), "addNote");
	}

	/**
	 * Writes a step of an escalation on its student's timeline with the same guarded
	 * append as every entry: an update already there (same id) is not added again.
	 * @return whether it was added now
	 */
	public boolean recordEscalationUpdate(String schoolId, EscalationUpdate update) {
		ZoneId zone = this.directory.school(schoolId).zone();
		boolean added = false;
		for (String studentId : update.studentIds()) {
			added |= this.store.append(studentId, update, zone);
		}
		this.events.publishEvent(new TimelineEvent.EscalationUpdateRecorded(schoolId, update));
		return added;
	}

	private <T extends TimelineEntry> EntryResult<T> write(StaffMember author, @Nullable String key, String canonical,
			String prefix, Function<String, T> entryWithId, String operation) {
		String newId = Ids.newId(prefix);
		String id = newId;
		if (key != null) {
			var claim = this.idempotencyKeys.claim(author.id(), key, canonical, () -> newId);
			if (claim.conflicting()) {
				return EntryResult.failed(List
					.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的记录。")));
			}
			id = claim.resultId();
		}
		T entry = entryWithId.apply(id);
		ZoneId zone = this.directory.school(author.schoolId()).zone();
		for (String studentId : entry.studentIds()) {
			this.store.append(studentId, entry, zone);
		}
		this.audit.record(author.id(), author.schoolId(), operation, AuditEvent.Kind.WRITE, List.of(operation),
				entry.studentIds(), List.of());
		@SuppressWarnings("unchecked")
		T stored = (T) this.store.entry(id, author.scope()).orElse(entry);
		if (stored instanceof Incident incident) {
			this.events.publishEvent(new TimelineEvent.IncidentRecorded(author.schoolId(), incident));
		}
		if (stored instanceof Note note) {
			this.events.publishEvent(new TimelineEvent.NoteRecorded(author.schoolId(), note));
		}
		return EntryResult.recorded(stored);
	}

	private List<Student> visible(StaffMember author, List<String> studentIds) {
		return this.directory.visibleStudents(author, studentIds);
	}

}
