package org.jiaxiao.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a record as it was and as it became, for the audit trail of directory
 * edits.
 *
 * @param field which field, e.g. {@code guardian.phone}
 * @param before the value before (null: none, or a new record)
 * @param after the value after (null: removed)
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {

	/** The change, or null when the value did not change. */
	public static @Nullable FieldChange of(String field, @Nullable Object before, @Nullable Object after) {
		String was = (before != null) ? before.toString() : null;
		String is = (after != null) ? after.toString() : null;
		return java.util.Objects.equals(was, is) ? null : new FieldChange(field, was, is);
	}

}
