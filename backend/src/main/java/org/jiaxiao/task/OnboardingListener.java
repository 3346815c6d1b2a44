package org.jiaxiao.task;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.tutoring.ContractEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a recorded contract into its onboarding tasks, and a change of progress into the
 * tasks counted from the first lesson. Idempotent; a failure here never fails the
 * consultant's request (the contract is stored, the sweep's catch-up completes the
 * chain), and is logged.
 */
@Component
class OnboardingListener {

	private static final Logger log = LoggerFactory.getLogger(OnboardingListener.class);

	private final OnboardingObligations onboarding;

	private final Clock clock;

	OnboardingListener(OnboardingObligations onboarding, Clock clock) {
		this.onboarding = onboarding;
		this.clock = clock;
	}

	@EventListener
	void on(ContractEvent event) {
		try {
			this.onboarding.apply(event.contract(), this.clock.instant(),
					event instanceof ContractEvent.ProgressUpdated);
		}
		catch (RuntimeException ex) {
			log.warn("Onboarding tasks not updated for contract {}: {}", event.contract().id(), ex.getMessage(), ex);
		}
	}

}
