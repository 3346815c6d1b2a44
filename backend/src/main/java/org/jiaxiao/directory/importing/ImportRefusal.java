package org.jiaxiao.directory.importing;

import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * An import request refused for a reason the caller can act on (not found, changed since
 * the preview, unreadable file).
 */
public class ImportRefusal extends RuntimeException {

	private final UserErrorCode code;

	ImportRefusal(UserErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public UserErrorCode code() {
		return this.code;
	}

}
