package org.jiaxiao.policy;

import java.util.List;
import java.util.Set;

import org.jiaxiao.directory.StaffRole;

/**
 * One step of an escalation chain as the school's policy defines it.
 *
 * @param key stable key, unique in the chain (e.g. WARNING_SIGN)
 * @param name name to show (e.g. 苗头处理)
 * @param ownerRole the role that owns the step and is notified about it
 * @param deadline counted from the step's start
 * @param requiredOutputs output keys that must be written to advance past the step
 * @param mayAdvance roles that may pass the escalation on to the next step
 * @param mayResolve roles that may close the escalation at this step
 */
public record EscalationStepRule(String key, String name, StaffRole ownerRole, StepDeadline deadline,
		List<String> requiredOutputs, List<StaffRole> mayAdvance, List<StaffRole> mayResolve) {

	public EscalationStepRule {
		requiredOutputs = (requiredOutputs != null) ? List.copyOf(requiredOutputs) : List.of();
		mayAdvance = (mayAdvance != null) ? List.copyOf(mayAdvance) : List.of();
		mayResolve = (mayResolve != null) ? List.copyOf(mayResolve) : List.of();
	}

	public boolean mayAdvance(Set<StaffRole> roles) {
		return this.mayAdvance.stream().anyMatch(roles::contains);
	}

	public boolean mayResolve(Set<StaffRole> roles) {
		return this.mayResolve.stream().anyMatch(roles::contains);
	}

}
