package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * What a transition gave: the next version of the escalation, or why it was refused.
 *
 * @param after the escalation after it, null when refused
 * @param errors why it was refused
 */
record Transition(@Nullable Escalation after, List<UserError> errors) {

	static Transition to(Escalation after) {
		return new Transition(after, List.of());
	}

	static Transition refused(UserError error) {
		return new Transition(null, List.of(error));
	}

	static Transition refused(List<UserError> errors) {
		return new Transition(null, List.copyOf(errors));
	}

	static Transition refused(UserErrorCode code, String field, String message) {
		return refused(UserError.of(code, field, message));
	}

}
