package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.policy.EscalationChainKind;

/**
 * Narrows a list of escalations; all given conditions must hold.
 *
 * @param kinds only these chains
 * @param states only these states
 * @param stepKeys only those whose current step has one of these keys
 * @param overdue only those whose current step is (or is not) overdue
 * @param studentId only this student's
 */
public record EscalationFilter(@Nullable List<EscalationChainKind> kinds, @Nullable List<EscalationState> states,
		@Nullable List<String> stepKeys, @Nullable Boolean overdue, @Nullable String studentId) {

	public static final EscalationFilter NONE = new EscalationFilter(null, null, null, null, null);

}
