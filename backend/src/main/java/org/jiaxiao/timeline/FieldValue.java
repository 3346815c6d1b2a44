package org.jiaxiao.timeline;

import org.jspecify.annotations.Nullable;

/**
 * A field's value before an amendment, as text.
 *
 * @param field the field's name
 * @param value the earlier value, null when empty
 */
public record FieldValue(String field, @Nullable String value) {
}
