package org.jiaxiao.tutoring;

/**
 * Published after a contract is stored or its progress changes, for features that react
 * (the compliance feature's onboarding tasks). Listeners must be idempotent: a retried
 * request publishes again.
 */
public sealed interface ContractEvent {

	/** The contract as stored now. */
	TutoringContract contract();

	/**
	 * A new contract was recorded.
	 *
	 * @param contract the contract
	 */
	record Recorded(TutoringContract contract) implements ContractEvent {
	}

	/**
	 * The first lesson or the lessons given changed.
	 *
	 * @param contract the contract after the change
	 */
	record ProgressUpdated(TutoringContract contract) implements ContractEvent {
	}

}
