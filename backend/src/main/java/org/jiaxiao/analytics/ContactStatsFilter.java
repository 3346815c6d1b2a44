package org.jiaxiao.analytics;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;

/**
 * Which contacts {@code contactStats} counts; null means no condition.
 *
 * @param grades only these grades
 * @param classes only these classes
 * @param from not before
 * @param to before
 * @param forms only these forms
 * @param kinds only these kinds
 * @param focusCategories only students of these categories
 */
public record ContactStatsFilter(@Nullable List<Integer> grades, @Nullable List<String> classes,
		@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, @Nullable List<ContactForm> forms,
		@Nullable List<ContactKind> kinds, @Nullable List<FocusCategory> focusCategories) {

	public static final ContactStatsFilter NONE = new ContactStatsFilter(null, null, null, null, null, null, null);

	@Override
	public String toString() {
		return "grades=" + this.grades + " classes=" + this.classes + " from=" + this.from + " to=" + this.to
				+ " forms=" + this.forms + " kinds=" + this.kinds + " focusCategories=" + this.focusCategories;
	}

}
