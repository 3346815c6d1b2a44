package org.jiaxiao.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.escalation.EscalationInputs.OpenEscalationInput;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.stereotype.Service;

/**
 * Opens escalations: by a member of staff who sees the student, or by the system when a
 * contact or incident is flagged as needing the school. One flagged entry opens one
 * referral per student however often it is seen (the unique source key), and opening
 * writes the first step on the student's timeline.
 */
@Service
public class EscalationOpener {

	/** How far back the sweep looks for flagged entries whose referral is missing. */
	static final java.time.Duration CATCH_UP = java.time.Duration.ofDays(3);

	/** Clocks on phones drift; a few minutes ahead is not "in the future". */
	private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

	private final DirectoryService directory;

	private final TimelineService timelineEntries;

	private final ChainsInForce chains;

	private final EscalationStore store;

	private final EscalationTimeline timeline;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final RefundContracts refundContracts;

	private final Clock clock;

	EscalationOpener(DirectoryService directory, TimelineService timelineEntries, ChainsInForce chains,
			EscalationStore store, EscalationTimeline timeline, IdempotencyKeys idempotencyKeys, AuditLog audit,
			RefundContracts refundContracts, Clock clock) {
		this.refundContracts = refundContracts;
		this.directory = directory;
		this.timelineEntries = timelineEntries;
		this.chains = chains;
		this.store = store;
		this.timeline = timeline;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	public EscalationResult open(StaffMember viewer, OpenEscalationInput input) {
		EscalationTexts.requireStaff(viewer);
		List<UserError> errors = new ArrayList<>();
		String matter = EscalationTexts.required(errors, "matter", input.matter(), StepTransitions.MAX_TEXT, "事项");
		EscalationTexts.checkKey(errors, input.idempotencyKey());
		if (!errors.isEmpty()) {
			return EscalationResult.failed(errors);
		}
		Optional<Student> student = this.directory.visibleStudent(viewer, input.studentId());
		if (student.isEmpty()) {
			return EscalationResult.failed(UserErrorCode.NOT_FOUND, "studentId", "找不到该学生，或您无权查看。");
		}
		if (input.sourceEntryId() != null && !isSourceOf(viewer, input.sourceEntryId(), input.studentId())) {
			return EscalationResult.failed(UserErrorCode.NOT_FOUND, "sourceEntryId", "该学生的时间线上没有这条联系记录或事件。");
		}
		Instant now = this.clock.instant();
		Optional<EscalationChainRules> chain = this.chains.chain(viewer.schoolId(), input.kind(), now);
		if (chain.isEmpty()) {
			return EscalationResult.failed(UserErrorCode.NOT_FOUND, "kind", "本校的制度中没有这一类升级流程。");
		}
		Instant noticedAt = (input.noticedAt() != null) ? input.noticedAt().toInstant() : now;
		if (noticedAt.isAfter(now.plus(CLOCK_SKEW))) {
			return EscalationResult.failed(UserErrorCode.IN_THE_FUTURE, "noticedAt", "发现时间不能晚于现在。");
		}
		int limit = chain.get().backdatingLimit();
		if (noticedAt.isBefore(now.minus(java.time.Duration.ofDays(limit)))) {
			return EscalationResult.failed(UserErrorCode.TOO_OLD, "noticedAt", "按本校制度，发现时间最多可早于登记时间 " + limit + " 天。");
		}
		// A time a little ahead of the server's (a phone's clock) is now, not later.
		noticedAt = noticedAt.isAfter(now) ? now : noticedAt;
		String id = Ids.newId("esc");
		String request = null;
		if (input.idempotencyKey() != null) {
			String newId = id;
			var claim = this.idempotencyKeys
				.claim(viewer.id(), input.idempotencyKey(),
						"open|" + input.studentId() + "|" + input.kind() + "|" + matter + "|" + input.sourceEntryId()
								+ "|" + ((input.noticedAt() != null) ? input.noticedAt().toInstant() : ""),
						() -> newId);
			if (claim.conflicting()) {
				return EscalationResult.failed(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
						"该幂等键已用于另一次不同的操作。");
			}
			id = claim.resultId();
			request = viewer.id() + ":" + input.idempotencyKey();
		}
		Escalation opened = Opening.open(id, chain.get(), this.chains.subject(student.get(), input.kind()), matter,
				input.sourceEntryId(), viewer.id(), now, noticedAt, this.chains.deadlines(viewer.schoolId()), request,
				null);
		Escalation stored = this.store.insert(opened);
		this.audit.record(viewer.id(), viewer.schoolId(), "openEscalation", AuditEvent.Kind.WRITE,
				List.of("openEscalation"), List.of(stored.studentId()), List.of());
		this.timeline.publishOpening(stored);
		return EscalationResult.ok(stored);
	}

	/**
	 * Opens a referral to the moral-education office for each student of an entry flagged
	 * as needing the school, opened by the system at the time the entry was recorded. A
	 * school whose policy has no referral chain gets none.
	 * @return the referrals, new or found
	 */
	public List<Escalation> referFlaggedEntry(String schoolId, TimelineEntry entry) {
		return refer(schoolId, entry, false);
	}

	/**
	 * The sweep's safety net: opens the referrals of the flagged entries recorded in the
	 * last days whose event was lost; those already opened are left alone.
	 * @return referrals opened now
	 */
	int catchUp(Instant now) {
		int opened = 0;
		for (TimelineService.SchoolEntry flagged : this.timelineEntries.flaggedForSchool(now.minus(CATCH_UP), now)) {
			opened += refer(flagged.schoolId(), flagged.entry(), true).size();
		}
		return opened;
	}

	private List<Escalation> refer(String schoolId, TimelineEntry entry, boolean onlyMissing) {
		String matter = matterOf(entry);
		Optional<EscalationChainRules> chain = this.chains.chain(schoolId, EscalationChainKind.SCHOOL_REFERRAL,
				entry.recordedAt());
		if (chain.isEmpty() || entry.retracted()) {
			return List.of();
		}
		String note = (entry instanceof Incident) ? "由事件记录自动转介" : "由家校联系记录自动转介";
		List<Escalation> referrals = new ArrayList<>();
		for (Student student : this.directory.studentsByIds(entry.studentIds())) {
			if (!student.schoolId().equals(schoolId) || (onlyMissing && this.store
				.existsSource(Opening.sourceKey(entry.id(), student.id(), EscalationChainKind.SCHOOL_REFERRAL)))) {
				continue;
			}
			Escalation opened = Opening.open(Ids.newId("esc"), chain.get(),
					this.chains.subject(student, EscalationChainKind.SCHOOL_REFERRAL), matter, entry.id(), null,
					entry.recordedAt(), entry.recordedAt(), this.chains.deadlines(schoolId), null, note);
			Escalation stored = this.store.insert(opened);
			this.timeline.publishOpening(stored);
			referrals.add(stored);
		}
		return referrals;
	}

	/**
	 * Starts an escalation of what happened earlier (demo data, an import), opened at
	 * {@code openedAt} with the chain then in force; move it on with the script, then
	 * {@link #importHistorical} it.
	 */
	public EscalationScript script(String id, Student student, EscalationChainKind kind, String matter,
			@Nullable StaffMember openedBy, Instant openedAt) {
		EscalationChainRules chain = this.chains.chain(student.schoolId(), kind, openedAt)
			.orElseThrow(() -> new IllegalStateException("No " + kind + " chain at " + student.schoolId()));
		Deadlines deadlines = this.chains.deadlines(student.schoolId());
		Escalation opened = Opening.open(id, chain, this.chains.subject(student, kind), matter, null,
				(openedBy != null) ? openedBy.id() : null, openedAt, openedAt, deadlines, null, null);
		return new EscalationScript(opened, deadlines);
	}

	/**
	 * Stores an escalation built from what happened earlier, unless one with its id or
	 * source is there, writes its steps on the timeline and moves its contract with it.
	 */
	public Escalation importHistorical(Escalation escalation) {
		Escalation stored = this.store.insert(escalation);
		this.timeline.publishFrom(stored, 0);
		this.refundContracts.follow(stored);
		return stored;
	}

	/** Whether any escalation is stored at a school (demo data loads once). */
	public boolean anyAt(String schoolId) {
		return this.store.existsAt(schoolId);
	}

	/** The matter the entry names, else its summary or description. */
	private static String matterOf(TimelineEntry entry) {
		String matter = null;
		String fallback = "";
		if (entry instanceof Contact contact) {
			matter = contact.schoolMatter();
			fallback = contact.summary();
		}
		else if (entry instanceof Incident incident) {
			matter = incident.schoolMatter();
			fallback = incident.description();
		}
		return (matter != null && !matter.isBlank()) ? matter : fallback;
	}

	private boolean isSourceOf(StaffMember viewer, String entryId, String studentId) {
		@Nullable TimelineEntry entry = this.timelineEntries.entry(viewer, entryId).orElse(null);
		return (entry instanceof Contact || entry instanceof Incident) && entry.studentIds().contains(studentId);
	}

}
