package org.jiaxiao.timeline;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Narrows a contacts list; a class or a grade is required.
 *
 * @param classId one class
 * @param grade a whole grade
 * @param forms only these forms
 * @param kinds only these kinds
 * @param from not before
 * @param to before
 * @param needsSchool only contacts that need the school
 */
public record ContactsFilter(@Nullable String classId, @Nullable Integer grade, @Nullable List<ContactForm> forms,
		@Nullable List<ContactKind> kinds, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to,
		@Nullable Boolean needsSchool) {
}
