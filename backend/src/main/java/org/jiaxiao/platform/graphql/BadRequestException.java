package org.jiaxiao.platform.graphql;

/**
 * A request the client must change (bad cursor, page too large); reported as BAD_REQUEST.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
