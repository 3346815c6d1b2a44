package org.jiaxiao.platform.graphql;

import org.jspecify.annotations.Nullable;

/**
 * A request the client must change (bad cursor, page too large); reported as BAD_REQUEST,
 * with a machine-readable {@code extensions.code} when the client must react to the
 * reason (a sync cursor that was tampered with, or is someone else's).
 */
public class BadRequestException extends RuntimeException {

	private final @Nullable String code;

	public BadRequestException(String message) {
		this(message, null);
	}

	public BadRequestException(String message, @Nullable String code) {
		super(message);
		this.code = code;
	}

	public @Nullable String code() {
		return this.code;
	}

}
