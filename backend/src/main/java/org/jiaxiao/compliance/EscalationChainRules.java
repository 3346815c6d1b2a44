package org.jiaxiao.compliance;

import java.util.List;
import java.util.Optional;

/**
 * An escalation chain: its steps in order. An escalation only ever moves to the next
 * step, so the order is the rule.
 *
 * @param kind which chain
 * @param steps the steps in order
 */
public record EscalationChainRules(EscalationChainKind kind, List<EscalationStepRule> steps) {

	/**
	 * The key of the refund step: the family's application, finance's review and the
	 * president's approval happen there, and it must be a retention chain's last step.
	 */
	public static final String REFUND_STEP = "REFUND";

	public EscalationChainRules {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	/** The step after the one with this key, if any. */
	public Optional<EscalationStepRule> after(String key) {
		for (int i = 0; i < this.steps.size() - 1; i++) {
			if (this.steps.get(i).key().equals(key)) {
				return Optional.of(this.steps.get(i + 1));
			}
		}
		return Optional.empty();
	}

	public Optional<EscalationStepRule> step(String key) {
		return this.steps.stream().filter((step) -> step.key().equals(key)).findFirst();
	}

}
