package org.jiaxiao.escalation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * What an escalation mutation gave (the schema's {@code EscalationPayload}).
 *
 * @param escalation the escalation after the change, null when refused
 * @param errors why it was refused
 */
public record EscalationResult(@Nullable Escalation escalation, List<UserError> errors) {

	static EscalationResult ok(Escalation escalation) {
		return new EscalationResult(escalation, List.of());
	}

	static EscalationResult failed(List<UserError> errors) {
		return new EscalationResult(null, List.copyOf(errors));
	}

	static EscalationResult failed(UserErrorCode code, String field, String message) {
		return failed(List.of(UserError.of(code, field, message)));
	}

}
