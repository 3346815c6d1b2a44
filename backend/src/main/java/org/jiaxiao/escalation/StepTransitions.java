package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationStepRule;

/**
 * The moves of an escalation along its chain, as pure functions of the escalation, the
 * actor and the time: take a step on, record an action, advance to the next step (never
 * skipping one, with the step's required outputs), resolve, tag loss reasons. Each gives
 * the next version or the {@code UserError}s that refuse it; storing it is the caller's
 * business. The escalation is open (closed ones are refused before).
 */
final class StepTransitions {

	static final int MAX_TEXT = 2000;

	private StepTransitions() {
	}

	/** The owner role of the current step takes it on. */
	static Transition acknowledge(Escalation escalation, StaffMember actor, Instant now, @Nullable String requestId) {
		EscalationStep step = current(escalation);
		if (!actor.hasRole(step.ownerRole())) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "escalationId", "只有本步骤的负责角色可以接手。");
		}
		if (actor.id().equals(step.ownerId())) {
			return Transition.to(escalation);
		}
		if (step.ownerId() != null) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "escalationId", "本步骤已由他人接手。");
		}
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.replaceCurrent(step.ownedBy(actor.id()));
		draft.event(now, actor.id(), EscalationEventType.ACKNOWLEDGED, step.key(), null, requestId);
		return Transition.to(draft.build());
	}

	/**
	 * Anyone who sees the escalation records what was done; the owner role acting first
	 * takes the step.
	 */
	static Transition recordAction(Escalation escalation, StaffMember actor, String text, Instant now,
			@Nullable String requestId) {
		EscalationDraft draft = EscalationDraft.of(escalation);
		EscalationStep step = takenBy(current(escalation), actor)
			.withAction(new EscalationAction(now, actor.id(), text));
		draft.replaceCurrent(step);
		draft.event(now, actor.id(), EscalationEventType.ACTION_RECORDED, step.key(), null, requestId);
		return Transition.to(draft.build());
	}

	/**
	 * Passes the escalation to the next step: only from the current one, only by a role
	 * the step allows, only with every required output written.
	 */
	static Transition advance(Escalation escalation, StaffMember actor, String fromStep, List<StepOutput> outputs,
			List<LossReason> reasons, Instant now, Deadlines deadlines, @Nullable String requestId) {
		EscalationStep step = current(escalation);
		if (!step.key().equals(fromStep)) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "fromStep",
					"只能从当前步骤「" + step.name() + "」推进，不能跳过步骤。");
		}
		Optional<EscalationStepRule> next = escalation.chain().after(step.key());
		if (next.isEmpty()) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "fromStep", "这是流程的最后一步，不能再推进。");
		}
		EscalationStepRule rule = escalation.currentRule();
		if (!rule.mayAdvance(actor.roles())) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "fromStep", "您的角色不能推进「" + step.name() + "」。");
		}
		if (!reasons.isEmpty() && escalation.kind() != EscalationChainKind.RETENTION) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "lossReasons", "流失原因只用于挽留流程。");
		}
		Map<String, String> written = new LinkedHashMap<>();
		step.outputs().forEach((output) -> written.put(output.key(), output.value()));
		List<UserError> errors = new ArrayList<>();
		for (StepOutput output : outputs) {
			String value = (output.value() != null) ? output.value().strip() : "";
			if (value.length() > MAX_TEXT) {
				errors.add(outputError(UserErrorCode.TOO_LONG, output.key(), "每项最多 " + MAX_TEXT + " 字。"));
			}
			else if (!value.isEmpty()) {
				written.put(output.key(), value);
			}
		}
		for (String required : step.requiredOutputs()) {
			if (!written.containsKey(required)) {
				errors.add(outputError(UserErrorCode.REQUIRED, required, "推进前请填写「" + required + "」。"));
			}
		}
		if (!errors.isEmpty()) {
			return Transition.refused(errors);
		}
		EscalationStepRule following = next.get();
		Instant due = deadlines.dueAt(following, now);
		EscalationDraft draft = EscalationDraft.of(escalation);
		List<StepOutput> kept = written.entrySet()
			.stream()
			.map((entry) -> new StepOutput(entry.getKey(), entry.getValue()))
			.toList();
		draft.replaceCurrent(takenBy(step, actor).ended(now, StepEnding.ADVANCED, kept));
		draft.steps.add(new EscalationStep(following.key(), following.name(), following.ownerRole(), null, now, due,
				null, null, following.requiredOutputs(), List.of(), List.of()));
		draft.currentStepKey = following.key();
		draft.currentDueAt = due;
		draft.ownerRoles.add(following.ownerRole());
		draft.lossReasons.addAll(reasons);
		draft.event(now, actor.id(), EscalationEventType.ADVANCED, step.key(), following.name(), requestId);
		return Transition.to(draft.build());
	}

	/**
	 * Closes the escalation at the current step: the family stays, the matter is settled.
	 */
	static Transition resolve(Escalation escalation, StaffMember actor, String outcome, Instant now,
			@Nullable String requestId) {
		EscalationStep step = current(escalation);
		if (!escalation.currentRule().mayResolve(actor.roles())) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "escalationId", "您的角色不能在「" + step.name() + "」结案。");
		}
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.replaceCurrent(takenBy(step, actor));
		draft.close(now, EscalationState.RESOLVED, StepEnding.RESOLVED, outcome);
		draft.event(now, actor.id(), EscalationEventType.RESOLVED, step.key(), outcome, requestId);
		return Transition.to(draft.build());
	}

	/**
	 * Replaces the tagged loss reasons: retention chains only, by the roles that take
	 * part in the chain.
	 */
	static Transition tagLossReasons(Escalation escalation, StaffMember actor, List<LossReason> reasons, Instant now,
			@Nullable String requestId) {
		if (escalation.kind() != EscalationChainKind.RETENTION) {
			return Transition.refused(UserErrorCode.INVALID_TRANSITION, "reasons", "流失原因只用于挽留流程。");
		}
		Set<StaffRole> participants = EnumSet.noneOf(StaffRole.class);
		for (EscalationStepRule rule : escalation.chain().steps()) {
			participants.add(rule.ownerRole());
			participants.addAll(rule.mayAdvance());
			participants.addAll(rule.mayResolve());
		}
		if (actor.roles().stream().noneMatch(participants::contains)) {
			return Transition.refused(UserErrorCode.NOT_ALLOWED, "reasons", "您的角色不参与此流程，不能标记流失原因。");
		}
		EscalationDraft draft = EscalationDraft.of(escalation);
		draft.lossReasons.clear();
		draft.lossReasons.addAll(reasons);
		String note = reasons.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
		draft.event(now, actor.id(), EscalationEventType.REASONS_TAGGED, escalation.currentStepKey(), note, requestId);
		return Transition.to(draft.build());
	}

	static EscalationStep current(Escalation escalation) {
		EscalationStep step = escalation.currentStep();
		if (step == null) {
			throw new IllegalStateException("A closed escalation has no current step");
		}
		return step;
	}

	/**
	 * The step with its owner set, when no one has it yet and the actor holds its role.
	 */
	static EscalationStep takenBy(EscalationStep step, StaffMember actor) {
		return (step.ownerId() == null && actor.hasRole(step.ownerRole())) ? step.ownedBy(actor.id()) : step;
	}

	private static UserError outputError(UserErrorCode code, String key, String message) {
		return new UserError(code, List.of("input", "outputs", key), message);
	}

}
