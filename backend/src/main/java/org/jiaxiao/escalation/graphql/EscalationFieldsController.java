package org.jiaxiao.escalation.graphql;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.escalation.Escalation;
import org.jiaxiao.escalation.EscalationAction;
import org.jiaxiao.escalation.EscalationEvent;
import org.jiaxiao.escalation.EscalationService;
import org.jiaxiao.escalation.EscalationStep;
import org.jiaxiao.escalation.Refund;
import org.jiaxiao.escalation.RefundDecision;
import org.jiaxiao.notification.Notification;
import org.jiaxiao.timeline.EscalationUpdate;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Fields of escalations that read other collections, each batched: a board of 20
 * escalations costs one query per field, not 20. Seeing an escalation is not seeing its
 * student: finance reviews a refund of a family whose record it never sees, so the
 * student (and through it the household) is given only to those whose scope holds the
 * student; everyone who sees the escalation gets the masked name.
 */
@Controller
class EscalationFieldsController {

	private final DirectoryService directory;

	private final TimelineService timeline;

	private final Contracts contracts;

	private final EscalationService escalations;

	private final Clock clock;

	EscalationFieldsController(DirectoryService directory, TimelineService timeline, Contracts contracts,
			EscalationService escalations, Clock clock) {
		this.directory = directory;
		this.timeline = timeline;
		this.contracts = contracts;
		this.escalations = escalations;
		this.clock = clock;
	}

	/** The student, when the caller's scope holds them (null for finance). */
	@BatchMapping(typeName = "Escalation")
	Map<Escalation, Student> student(List<Escalation> items, Principal principal) {
		Map<String, Student> students = byId(this.directory.visibleStudents(Viewers.require(principal),
				items.stream().map(Escalation::studentId).distinct().toList()), Student::id);
		return items.stream()
			.filter((item) -> students.containsKey(item.studentId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> students.get(item.studentId()), (a, b) -> a));
	}

	/** Enough to tell two refunds apart on a list, not enough to identify a child. */
	@BatchMapping(typeName = "Escalation")
	Map<Escalation, String> maskedStudentName(List<Escalation> items) {
		Map<String, Student> students = byId(
				this.directory.studentsByIds(items.stream().map(Escalation::studentId).distinct().toList()),
				Student::id);
		return items.stream()
			.collect(Collectors.toMap(Function.identity(),
					(item) -> PrivacyPolicy
						.maskName(students.containsKey(item.studentId()) ? students.get(item.studentId()).name() : ""),
					(a, b) -> a));
	}

	/** The contact or incident that raised it, when the caller may see it. */
	@BatchMapping(typeName = "Escalation")
	Map<Escalation, TimelineEntry> source(List<Escalation> items, Principal principal) {
		List<String> ids = items.stream().map(Escalation::sourceEntryId).filter(Objects::nonNull).distinct().toList();
		Map<String, TimelineEntry> entries = ids.isEmpty() ? Map.of()
				: this.timeline.entries(Viewers.require(principal), ids);
		return items.stream()
			.filter((item) -> item.sourceEntryId() != null && entries.containsKey(item.sourceEntryId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> entries.get(item.sourceEntryId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Escalation")
	Map<Escalation, StaffMember> openedBy(List<Escalation> items) {
		return StaffBatch.of(this.directory, items, Escalation::openedById);
	}

	/**
	 * When the matter was noticed: the start of the first step, which may be before the
	 * opening.
	 */
	@SchemaMapping(typeName = "Escalation")
	java.time.Instant noticedAt(Escalation escalation) {
		return escalation.steps().isEmpty() ? escalation.openedAt() : escalation.steps().get(0).startedAt();
	}

	@BatchMapping(typeName = "EscalationStep")
	Map<EscalationStep, StaffMember> owner(List<EscalationStep> steps) {
		return StaffBatch.of(this.directory, steps, EscalationStep::ownerId);
	}

	@SchemaMapping(typeName = "EscalationStep")
	boolean overdue(EscalationStep step) {
		return step.overdueAt(this.clock.instant());
	}

	@BatchMapping(typeName = "EscalationAction", field = "by")
	Map<EscalationAction, StaffMember> actionBy(List<EscalationAction> actions) {
		return StaffBatch.of(this.directory, actions, EscalationAction::byId);
	}

	@BatchMapping(typeName = "EscalationEvent", field = "by")
	Map<EscalationEvent, StaffMember> eventBy(List<EscalationEvent> events) {
		return StaffBatch.of(this.directory, events, EscalationEvent::byId);
	}

	@BatchMapping(typeName = "RefundDecision", field = "by")
	Map<RefundDecision, StaffMember> decidedBy(List<RefundDecision> decisions) {
		return StaffBatch.of(this.directory, decisions, RefundDecision::byId);
	}

	@BatchMapping(typeName = "Refund")
	Map<Refund, TutoringContract> contract(List<Refund> refunds) {
		Map<String, TutoringContract> found = byId(
				this.contracts.byIds(refunds.stream().map(Refund::contractId).distinct().toList()),
				TutoringContract::id);
		return refunds.stream()
			.filter((refund) -> found.containsKey(refund.contractId()))
			.collect(Collectors.toMap(Function.identity(), (refund) -> found.get(refund.contractId()), (a, b) -> a));
	}

	/**
	 * Whoever sees the timeline entry sees the student, and so the escalation it reports.
	 */
	@BatchMapping(typeName = "EscalationUpdate")
	Map<EscalationUpdate, Escalation> escalation(List<EscalationUpdate> updates, Principal principal) {
		Map<String, Escalation> found = byId(this.escalations.ofTimeline(Viewers.require(principal),
				updates.stream().map(EscalationUpdate::escalationId).distinct().toList()), Escalation::id);
		return updates.stream()
			.filter((update) -> found.containsKey(update.escalationId()))
			.collect(Collectors.toMap(Function.identity(), (update) -> found.get(update.escalationId()), (a, b) -> a));
	}

	/** The escalation a notice is about, when the caller may (still) see it. */
	@BatchMapping(typeName = "Notification", field = "escalation")
	Map<Notification, Escalation> notificationEscalation(List<Notification> notifications, Principal principal) {
		List<String> ids = notifications.stream()
			.map(Notification::escalationId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Map<String, Escalation> found = byId(this.escalations.visible(Viewers.require(principal), ids), Escalation::id);
		return notifications.stream()
			.filter((item) -> item.escalationId() != null && found.containsKey(item.escalationId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> found.get(item.escalationId()), (a, b) -> a));
	}

	static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
