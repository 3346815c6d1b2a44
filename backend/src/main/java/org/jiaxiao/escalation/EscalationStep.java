package org.jiaxiao.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffRole;

/**
 * One step of an escalation as it happened: when it started, when it is due, who took it
 * on, what was written and done, how it ended.
 *
 * @param key the rule's key
 * @param name name to show
 * @param ownerRole the role that owns it
 * @param ownerId the person who took it on (acknowledged or acted first)
 * @param startedAt when it started
 * @param dueAt when it is due, computed on the school calendar
 * @param endedAt when it ended
 * @param ending how it ended
 * @param requiredOutputs output keys needed to advance past it
 * @param outputs what was written for the outputs
 * @param actions what was done during it
 */
public record EscalationStep(String key, String name, StaffRole ownerRole, @Nullable String ownerId, Instant startedAt,
		Instant dueAt, @Nullable Instant endedAt, @Nullable StepEnding ending, List<String> requiredOutputs,
		List<StepOutput> outputs, List<EscalationAction> actions) {

	public EscalationStep {
		requiredOutputs = (requiredOutputs != null) ? List.copyOf(requiredOutputs) : List.of();
		outputs = (outputs != null) ? List.copyOf(outputs) : List.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

	EscalationStep ownedBy(String staffId) {
		return new EscalationStep(this.key, this.name, this.ownerRole, staffId, this.startedAt, this.dueAt,
				this.endedAt, this.ending, this.requiredOutputs, this.outputs, this.actions);
	}

	EscalationStep withAction(EscalationAction action) {
		List<EscalationAction> all = new ArrayList<>(this.actions);
		all.add(action);
		return new EscalationStep(this.key, this.name, this.ownerRole, this.ownerId, this.startedAt, this.dueAt,
				this.endedAt, this.ending, this.requiredOutputs, this.outputs, all);
	}

	EscalationStep ended(Instant at, StepEnding how, List<StepOutput> written) {
		return new EscalationStep(this.key, this.name, this.ownerRole, this.ownerId, this.startedAt, this.dueAt, at,
				how, this.requiredOutputs, written, this.actions);
	}

	/** Past due and not ended, as of {@code now}. */
	public boolean overdueAt(Instant now) {
		return this.endedAt == null && now.isAfter(this.dueAt);
	}

}
