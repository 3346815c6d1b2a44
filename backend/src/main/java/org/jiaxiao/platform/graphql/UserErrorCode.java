package org.jiaxiao.platform.graphql;

/** Reasons a mutation can refuse its input; the schema's {@code UserErrorCode}. */
public enum UserErrorCode {

	REQUIRED, TOO_LONG, EMPTY, IN_THE_FUTURE, TOO_OLD, NOT_FOUND, NOT_ONE_HOUSEHOLD, UNKNOWN_GUARDIAN, NOT_ALLOWED,
	IDEMPOTENCY_KEY_REUSED, RETENTION_NOT_OVER, CONFLICT, EDIT_WINDOW_CLOSED, REQUIRED_BY_POLICY, OUT_OF_RANGE,
	OBLIGATION_CLOSED, INVALID_TRANSITION, ESCALATION_CLOSED, NOT_IN_POLICY, OTHER_STUDENT,

	/** A number or name that must be unique is someone else's already. */
	ALREADY_TAKEN,

	/** Not in the expected form (a mobile number, a sign-in name). */
	INVALID_FORMAT

}
