package org.jiaxiao.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Amends and withdraws contacts. Nothing is overwritten silently: an amendment applies
 * only to the version the client read (a concurrent one gets CONFLICT) and keeps the
 * previous values; a withdrawal keeps the record, struck through, out of the counts.
 */
@Service
public class ContactEditor {

	private final TimelineStore store;

	private final DirectoryService directory;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final TimelineProperties rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ContactKindPolicy> kinds;

	ContactEditor(TimelineStore store, DirectoryService directory, IdempotencyKeys idempotencyKeys, AuditLog audit,
			TimelineProperties rules, Clock clock, ApplicationEventPublisher events,
			ObjectProvider<ContactKindPolicy> kinds) {
		this.kinds = kinds;
		this.events = events;
		this.store = store;
		this.directory = directory;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.rules = rules;
		this.clock = clock;
	}

	public ContactResult amend(StaffMember viewer, AmendContactInput input) {
		WritePermission.require(viewer);
		Optional<Contact> found = this.store.contact(input.contactId(), viewer.scope());
		if (found.isEmpty()) {
			return ContactResult.failed(List.of(UserError.of(UserErrorCode.NOT_FOUND, "contactId", "找不到该记录，或您无权查看。")));
		}
		Contact before = found.get();
		Instant now = this.clock.instant();
		Optional<UserError> denied = EditPermission.check(viewer, before, this.rules.editWindow(), now);
		if (denied.isPresent()) {
			return ContactResult.failed(List.of(denied.get()));
		}
		ContactAmendment amendment = ContactAmendment.of(before, input);
		List<UserError> errors = validate(amendment.after(), input, now);
		if (errors.isEmpty() && input.kind() != null && input.kind() != before.kind() && !ContactRecorder
			.kindAllowed(this.kinds, viewer.schoolId(), input.kind(), amendment.after().occurredAt())) {
			errors.add(ContactRecorder.kindRefused());
		}
		if (!errors.isEmpty()) {
			return ContactResult.failed(errors);
		}
		boolean replay = false;
		if (input.idempotencyKey() != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), input.idempotencyKey(),
					"amend|" + input.contactId() + "|" + input.expectedVersion() + "|" + amendment.changes(),
					input::contactId);
			if (claim.conflicting()) {
				return ContactResult.failed(List
					.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的修改。")));
			}
			replay = claim.replay();
		}
		if (!replay && before.version() != input.expectedVersion()) {
			return ContactResult.failed(List.of(conflict()));
		}
		if (amendment.isEmpty()) {
			return ContactResult.recorded(before);
		}
		Contact base = replay ? versionOf(before, input.expectedVersion()) : before;
		boolean applied = apply(viewer, base, amendment, now);
		if (!applied && !replay) {
			return ContactResult.failed(List.of(conflict()));
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "amendContact", AuditEvent.Kind.WRITE,
				List.of("amendContact"), before.studentIds(), List.of(before.householdId()));
		Contact amended = this.store.contact(input.contactId(), viewer.scope()).orElse(amendment.after());
		this.events.publishEvent(new TimelineEvent.ContactAmended(viewer.schoolId(), amended));
		return ContactResult.recorded(amended);
	}

	/**
	 * Withdraws a contact. With an idempotency key, the same key with another contact or
	 * reason is refused; a retry finds the contact withdrawn and returns it.
	 */
	public ContactResult retract(StaffMember viewer, String contactId, String reason, @Nullable String idempotencyKey) {
		WritePermission.require(viewer);
		Optional<Contact> found = this.store.contact(contactId, viewer.scope());
		if (found.isEmpty()) {
			return ContactResult.failed(List.of(UserError.of(UserErrorCode.NOT_FOUND, "contactId", "找不到该记录，或您无权查看。")));
		}
		List<UserError> errors = new ArrayList<>();
		ContactRules.text(errors, "reason", reason, true, 500, "撤回原因");
		if (!errors.isEmpty()) {
			return ContactResult.failed(errors);
		}
		if (idempotencyKey != null && this.idempotencyKeys
			.claim(viewer.id(), idempotencyKey, "retract|" + contactId + "|" + reason.strip(), () -> contactId)
			.conflicting()) {
			return ContactResult.failed(
					List.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "该幂等键已用于另一条不同的撤回。")));
		}
		Contact contact = found.get();
		if (contact.retracted()) {
			return ContactResult.recorded(contact);
		}
		Instant now = this.clock.instant();
		Optional<UserError> denied = EditPermission.check(viewer, contact, this.rules.editWindow(), now);
		if (denied.isPresent()) {
			return ContactResult.failed(List.of(denied.get()));
		}
		Retraction retraction = new Retraction(now, viewer.id(), reason.strip());
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		for (String studentId : contact.studentIds()) {
			this.store.retract(studentId, contact, retraction, zone);
		}
		this.audit.record(viewer.id(), viewer.schoolId(), "retractContact", AuditEvent.Kind.WRITE,
				List.of("retractContact"), contact.studentIds(), List.of(contact.householdId()));
		Contact withdrawn = this.store.contact(contactId, viewer.scope()).orElse(contact);
		this.events.publishEvent(new TimelineEvent.ContactRetracted(viewer.schoolId(), withdrawn));
		return ContactResult.recorded(withdrawn);
	}

	/**
	 * Applies to the first student's copy (the one that decides a conflict), then the
	 * others.
	 */
	private boolean apply(StaffMember viewer, Contact before, ContactAmendment amendment, Instant now) {
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		Amendment entry = new Amendment(now, viewer.id(), amendment.previous());
		List<String> students = before.studentIds();
		boolean first = this.store.amend(students.get(0), before, amendment.changes(), entry, amendment.after(), zone);
		for (String studentId : students.subList(1, students.size())) {
			this.store.amend(studentId, before, amendment.changes(), entry, amendment.after(), zone);
		}
		return first;
	}

	private List<UserError> validate(Contact after, AmendContactInput input, Instant now) {
		List<UserError> errors = new ArrayList<>();
		ContactRules.text(errors, "summary", after.summary(), true, ContactRules.MAX_SUMMARY, "联系内容");
		if (input.occurredAt() != null) {
			ContactRules.checkTime(errors, "occurredAt", after.occurredAt(), now);
		}
		if (after.durationMinutes() != null && (after.durationMinutes() < 1 || after.durationMinutes() > 600)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "durationMinutes", "时长应在 1 到 600 分钟之间。"));
		}
		for (String text : new String[] { after.schoolReport(), after.familyReport(), after.homeLearningGuidance(),
				after.analysis(), after.countermeasure(), after.agreedMeasures() }) {
			if (text != null && text.length() > ContactRules.MAX_DETAIL) {
				errors.add(UserError.of(UserErrorCode.TOO_LONG, "input", "单项内容最多 " + ContactRules.MAX_DETAIL + " 字。"));
				break;
			}
		}
		if (this.rules.requiresAnalysis(after.form(), after.kind())) {
			if (blank(after.analysis())) {
				errors.add(UserError.of(UserErrorCode.REQUIRED_BY_POLICY, "analysis", "按学校规定，此类联系必须填写分析。"));
			}
			if (blank(after.countermeasure())) {
				errors.add(UserError.of(UserErrorCode.REQUIRED_BY_POLICY, "countermeasure", "按学校规定，此类联系必须填写对策。"));
			}
		}
		return errors;
	}

	/** A replayed amendment re-runs its steps against the version it was made for. */
	private static Contact versionOf(Contact contact, int version) {
		return new Contact(contact.id(), contact.occurredAt(), contact.recordedAt(), contact.authorId(), contact.form(),
				contact.kind(), contact.summary(), contact.guardiansMet(), contact.studentIds(), contact.householdId(),
				contact.details(), version, contact.amendments(), contact.retraction());
	}

	private static UserError conflict() {
		return UserError.of(UserErrorCode.CONFLICT, "expectedVersion", "该记录已被他人修改，请刷新后再试。");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
