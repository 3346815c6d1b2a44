package org.jiaxiao.directory.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.UserError;

/**
 * The outcome of a directory edit: the record as stored, or why it was refused.
 *
 * @param <T> the record
 * @param record the record, null when refused
 * @param errors why it was refused
 */
public record Edit<T>(@Nullable T record, List<UserError> errors) {

	static <T> Edit<T> done(T record) {
		return new Edit<>(record, List.of());
	}

	static <T> Edit<T> refused(List<UserError> errors) {
		return new Edit<>(null, List.copyOf(errors));
	}

}
