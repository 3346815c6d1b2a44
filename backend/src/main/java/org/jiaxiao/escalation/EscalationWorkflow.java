package org.jiaxiao.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.escalation.EscalationInputs.AcknowledgeEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.AdvanceEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.ApplyForRefundInput;
import org.jiaxiao.escalation.EscalationInputs.RecordEscalationActionInput;
import org.jiaxiao.escalation.EscalationInputs.RefundDecisionInput;
import org.jiaxiao.escalation.EscalationInputs.ResolveEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.TagLossReasonsInput;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.stereotype.Service;

/**
 * Moves escalations for the people allowed to: every mutation reads the escalation
 * through the caller's scope, refuses a closed one and a stale version, lets the pure
 * transition decide, then writes it with one guarded update (of two people acting at once
 * one wins, the other gets CONFLICT), audits it and writes its steps on the student's
 * timeline. With an idempotency key a retry returns the escalation its first attempt
 * changed and completes what that attempt left undone.
 */
@Service
public class EscalationWorkflow {

	private final EscalationService escalations;

	private final EscalationStore store;

	private final ChainsInForce chains;

	private final EscalationTimeline timeline;

	private final RefundContracts refundContracts;

	private final Contracts contracts;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final Clock clock;

	EscalationWorkflow(EscalationService escalations, EscalationStore store, ChainsInForce chains,
			EscalationTimeline timeline, RefundContracts refundContracts, Contracts contracts,
			IdempotencyKeys idempotencyKeys, AuditLog audit, Clock clock) {
		this.escalations = escalations;
		this.store = store;
		this.chains = chains;
		this.timeline = timeline;
		this.refundContracts = refundContracts;
		this.contracts = contracts;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.clock = clock;
	}

	public EscalationResult acknowledge(StaffMember viewer, AcknowledgeEscalationInput input) {
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"acknowledge|" + input.escalationId() + "|" + input.expectedVersion(), "acknowledgeEscalation",
				List.of(), (escalation, request, now) -> StepTransitions.acknowledge(escalation, viewer, now, request));
	}

	public EscalationResult recordAction(StaffMember viewer, RecordEscalationActionInput input) {
		List<UserError> errors = new ArrayList<>();
		String text = EscalationTexts.required(errors, "text", input.text(), StepTransitions.MAX_TEXT, "处理情况");
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"action|" + input.escalationId() + "|" + input.expectedVersion() + "|" + text, "recordEscalationAction",
				errors,
				(escalation, request, now) -> StepTransitions.recordAction(escalation, viewer, text, now, request));
	}

	public EscalationResult advance(StaffMember viewer, AdvanceEscalationInput input) {
		List<LossReason> reasons = (input.lossReasons() != null) ? input.lossReasons() : List.of();
		List<StepOutput> outputs = (input.outputs() != null) ? input.outputs() : List.of();
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"advance|" + input.escalationId() + "|" + input.expectedVersion() + "|" + input.fromStep() + "|"
						+ outputs + "|" + reasons,
				"advanceEscalation", List.of(),
				(escalation, request, now) -> StepTransitions.advance(escalation, viewer, input.fromStep(), outputs,
						reasons, now, this.chains.deadlines(escalation.schoolId()), request));
	}

	public EscalationResult resolve(StaffMember viewer, ResolveEscalationInput input) {
		List<UserError> errors = new ArrayList<>();
		String outcome = EscalationTexts.required(errors, "outcome", input.outcome(), StepTransitions.MAX_TEXT, "处理结果");
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"resolve|" + input.escalationId() + "|" + input.expectedVersion() + "|" + outcome, "resolveEscalation",
				errors,
				(escalation, request, now) -> StepTransitions.resolve(escalation, viewer, outcome, now, request));
	}

	public EscalationResult tagLossReasons(StaffMember viewer, TagLossReasonsInput input) {
		List<LossReason> reasons = (input.reasons() != null) ? input.reasons() : List.of();
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"tag|" + input.escalationId() + "|" + input.expectedVersion() + "|" + reasons, "tagLossReasons",
				List.of(), (escalation, request, now) -> StepTransitions.tagLossReasons(escalation, viewer, reasons,
						now, request));
	}

	public EscalationResult applyForRefund(StaffMember viewer, ApplyForRefundInput input) {
		List<UserError> errors = new ArrayList<>();
		String name = EscalationTexts.required(errors, "applicantName", input.applicantName(), 50, "申请人姓名");
		String reason = EscalationTexts.required(errors, "reason", input.reason(), StepTransitions.MAX_TEXT, "退费原因");
		if (input.appliedOn().isAfter(this.chains.today(viewer.schoolId(), this.clock.instant()))) {
			errors.add(UserError.of(UserErrorCode.IN_THE_FUTURE, "appliedOn", "申请日期不能晚于今天。"));
		}
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"refund|" + input.escalationId() + "|" + input.expectedVersion() + "|" + input.contractId() + "|" + name
						+ "|" + input.appliedOn() + "|" + reason,
				"applyForRefund", errors, (escalation, request, now) -> {
					Optional<TutoringContract> contract = this.contracts.byIds(List.of(input.contractId()))
						.stream()
						.filter((found) -> found.studentId().equals(escalation.studentId()))
						.findFirst();
					if (contract.isEmpty()) {
						return Transition.refused(UserErrorCode.NOT_FOUND, "contractId", "找不到该学生的这份合同。");
					}
					return RefundTransitions.apply(escalation, viewer, input.contractId(), name, input.appliedOn(),
							reason, now, request);
				});
	}

	public EscalationResult reviewRefund(StaffMember viewer, RefundDecisionInput input) {
		List<UserError> errors = new ArrayList<>();
		String note = decisionNote(errors, input);
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"review|" + input.escalationId() + "|" + input.expectedVersion() + "|" + input.approved() + "|" + note,
				"reviewRefund", errors, (escalation, request, now) -> RefundTransitions.review(escalation, viewer,
						input.approved(), note, now, request));
	}

	public EscalationResult approveRefund(StaffMember viewer, RefundDecisionInput input) {
		List<UserError> errors = new ArrayList<>();
		String note = decisionNote(errors, input);
		return change(viewer, input.escalationId(), input.expectedVersion(), input.idempotencyKey(),
				"approve|" + input.escalationId() + "|" + input.expectedVersion() + "|" + input.approved() + "|" + note,
				"approveRefund", errors, (escalation, request, now) -> RefundTransitions.decide(escalation, viewer,
						input.approved(), note, now, request));
	}

	private EscalationResult change(StaffMember viewer, String escalationId, int expectedVersion, @Nullable String key,
			String canonical, String operation, List<UserError> inputErrors, Move move) {
		EscalationTexts.requireStaff(viewer);
		List<UserError> errors = new ArrayList<>(inputErrors);
		EscalationTexts.checkKey(errors, key);
		if (!errors.isEmpty()) {
			return EscalationResult.failed(errors);
		}
		Optional<Escalation> found = this.escalations.visible(viewer, escalationId);
		if (found.isEmpty()) {
			return EscalationResult.failed(UserErrorCode.NOT_FOUND, "escalationId", "找不到该升级事项，或您无权查看。");
		}
		Escalation before = found.get();
		String request = null;
		if (key != null) {
			var claim = this.idempotencyKeys.claim(viewer.id(), key, canonical, () -> escalationId);
			if (claim.conflicting()) {
				return EscalationResult.failed(UserErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
						"该幂等键已用于另一次不同的操作。");
			}
			request = viewer.id() + ":" + key;
			if (claim.replay() && before.hasRequest(request)) {
				this.timeline.publishRequest(before, request);
				this.refundContracts.follow(before);
				return EscalationResult.ok(before);
			}
		}
		if (before.state().closed()) {
			return EscalationResult.failed(UserErrorCode.ESCALATION_CLOSED, "escalationId", "该升级事项已结案。");
		}
		if (before.version() != expectedVersion) {
			return conflict();
		}
		Transition transition = move.apply(before, request, this.clock.instant());
		Escalation after = transition.after();
		if (after == null) {
			return EscalationResult.failed(transition.errors());
		}
		if (after == before) {
			return EscalationResult.ok(before);
		}
		if (!this.store.write(before, after)) {
			return conflict();
		}
		this.audit.record(viewer.id(), viewer.schoolId(), operation, AuditEvent.Kind.WRITE, List.of(operation),
				List.of(after.studentId()), List.of());
		this.timeline.publishFrom(after, before.history().size());
		this.refundContracts.follow(after);
		return EscalationResult.ok(after);
	}

	private static @Nullable String decisionNote(List<UserError> errors, RefundDecisionInput input) {
		String note = EscalationTexts.optional(errors, "note", input.note(), StepTransitions.MAX_TEXT, "说明");
		if (!input.approved() && note == null) {
			errors.add(UserError.of(UserErrorCode.REQUIRED, "note", "不批准时请写明原因。"));
		}
		return note;
	}

	private static EscalationResult conflict() {
		return EscalationResult.failed(UserErrorCode.CONFLICT, "expectedVersion", "该升级事项已被他人处理，请刷新后再试。");
	}

	/** A transition with the request's id and the time it runs at. */
	@FunctionalInterface
	private interface Move {

		Transition apply(Escalation escalation, @Nullable String requestId, Instant now);

	}

}
