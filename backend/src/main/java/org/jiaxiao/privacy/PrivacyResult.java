package org.jiaxiao.privacy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * The outcome of a privacy request: the object, or why it was refused.
 *
 * @param value the consent or household
 * @param errors why it was refused
 * @param <T> the object's type
 */
public record PrivacyResult<T>(@Nullable T value, List<UserError> errors) {

	static <T> PrivacyResult<T> done(T value) {
		return new PrivacyResult<>(value, List.of());
	}

	static <T> PrivacyResult<T> refused(UserError error) {
		return new PrivacyResult<>(null, List.of(error));
	}

}
