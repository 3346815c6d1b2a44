package org.jiaxiao.platform.graphql;

/** The caller's role does not allow the operation at all; reported as FORBIDDEN. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
