package org.jiaxiao.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a refused start as Spring Boot's "APPLICATION FAILED TO START" report: what is
 * wrong and which setting fixes it, instead of a stack trace an operator has to read.
 */
public class IdentityProviderFailureAnalyzer extends AbstractFailureAnalyzer<IdentityProviderMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, IdentityProviderMissingException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
