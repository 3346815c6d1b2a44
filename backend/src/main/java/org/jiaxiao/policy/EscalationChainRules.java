package org.jiaxiao.policy;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An escalation chain: its steps in order. An escalation only ever moves to the next
 * step, so the order is the rule.
 *
 * @param kind which chain
 * @param steps the steps in order
 * @param backdatingDays how many days before it is opened a matter may have been noticed:
 * a warning sign seen on Thursday and entered on Monday runs its deadlines from Thursday,
 * but an entry weeks late is more likely a mistake than a record (null in versions stored
 * before the setting, which read as {@value #DEFAULT_BACKDATING_DAYS})
 */
public record EscalationChainRules(EscalationChainKind kind, List<EscalationStepRule> steps,
		@Nullable Integer backdatingDays) {

	/** A week: a weekend and a holiday or two between noticing and entering. */
	public static final int DEFAULT_BACKDATING_DAYS = 7;

	/** The most a school may set. */
	public static final int MAX_BACKDATING_DAYS = 30;

	/**
	 * The key of the refund step: the family's application, finance's review and the
	 * president's approval happen there, and it must be a retention chain's last step.
	 */
	public static final String REFUND_STEP = "REFUND";

	public EscalationChainRules {
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		backdatingDays = (backdatingDays != null) ? backdatingDays : DEFAULT_BACKDATING_DAYS;
	}

	/** The backdating limit in days (never null once built). */
	public int backdatingLimit() {
		return (this.backdatingDays != null) ? this.backdatingDays : DEFAULT_BACKDATING_DAYS;
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
