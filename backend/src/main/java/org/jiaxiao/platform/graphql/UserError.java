package org.jiaxiao.platform.graphql;

import java.util.List;

/**
 * An expected business failure of a mutation, returned in its payload.
 *
 * @param code machine-readable reason
 * @param field path to the input field at fault
 * @param message explanation for a person (zh-CN)
 */
public record UserError(UserErrorCode code, List<String> field, String message) {

	public static UserError of(UserErrorCode code, String inputField, String message) {
		return new UserError(code, List.of("input", inputField), message);
	}

}
